"""Markings of confidential or unpublished material, in Danish and English.

What KL's guide calls confidential or business-critical material usually says
so on its face. Rather than a list of phrases, the markings are built from a
small grammar of parts that combine:

- **levels**: the state's classifications (``TIL TJENESTEBRUG``, ``FORTROLIGT``,
  ``HEMMELIGT``; Sikkerhedscirkulæret), ``strengt fortroligt``,
  ``personfølsomt``, ``ikke offentligt``, ``tavshedsbelagt`` and the English
  ``CONFIDENTIAL``, ``RESTRICTED``, ``INTERNAL ONLY``;
- **where a level stands**: in capitals anywhere, at the head of a line
  (``Fortrolig personalesag``), before a document word (``et fortroligt
  notat``), or said of the text (``Oplysningerne er fortrolige``, ``Denne
  e-mail kan indeholde fortrolige oplysninger``);
- **restrictions**: a passive verb of passing on (``må ikke videregives``,
  ``deles``, ``kopieres``, ``offentliggøres``; ``do not forward``,
  ``distribute``, ``share``) with an optional condition (``før borgmesteren
  har godkendt det``, ``until 3 December``); ``ikke til offentliggørelse``,
  ``kun til intern brug``, ``sendes kun via sikker post``;
- **embargoes, closed sessions and exemptions from access to documents**:
  ``under embargo til …``, ``lukket punkt``, ``for lukkede døre``,
  ``undtaget fra aktindsigt``; drafts of press releases not yet published, a draft's status
  (``UDKAST – endnu ikke sendt``, ``DRAFT – NOT APPROVED FOR RELEASE``) and an embargo in other words
  (``Må først bringes fredag kl. 12``).

A marking is a statement about *this* text. A question about the concept
("Hvad betyder tavshedspligt?", "Hvordan markerer man et dokument som
fortroligt?"), a marking in quotes, a rule about a kind of data
("Personoplysninger må ikke deles med ChatGPT") or a request to write a new
press release is not one, so those are dropped.

Examples (made up): ``FORTROLIGT – personalesag``, ``Punkt 7 (lukket punkt)``,
``Embargoed until 10:00 CET, 3 March``.

Lines no pattern matched are read by a trained model as well (``marking_classifier.py``): every new
writer brings shapes the grammar has no rule for. What it finds goes through the same checks.
"""

import re

import regex
from presidio_analyzer import RecognizerResult

from .. import marking_classifier
from .context_words import DEFINITE_ENDINGS, PLAIN_LETTERS, WEEKDAY_LABELS, line_around, with_danish_letters
from .danish_pattern_recognizer import DanishPatternRecognizer
from .danish_pattern_recognizer import Pattern as _Pattern
from .name_words import load_common_words

COUNTRY_CODE = "dk"

# What ``typed_plain_too`` changes: a Danish letter, and "ikke" as a word of its own (not after a letter, unless that
# letter is an escape's: "\bikke"); an escape and a character class are read whole and kept.
_PLAIN_TOKEN = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|(?<!(?<!\\)[^\W\d_æøåÆØÅ])ikke(?![^\W\d_])|[æøåÆØÅ]", re.DOTALL
)


def typed_plain_too(regex: str) -> str:
    """``regex`` matching each Danish letter also as it is typed without one (``å`` as ``aa``, ``ø`` as ``oe``), and
    "ikke" also as chats shorten it ("ik", "ikk").

    Only letters outside a character class change: a class such as ``[a-zæøå]`` already takes the two letters.
    (One substitution over the text, not a loop over its characters: the grammar is about a million characters,
    read at every start.)
    """
    def plain(match):
        token = match.group()
        if token == "ikke":
            return "ik(?:ke|k)?"  # "skal ik ud", "ikk del det": the word as chats shorten it
        return f"(?:{token}|{PLAIN_LETTERS[token]})" if token in PLAIN_LETTERS else token

    return _PLAIN_TOKEN.sub(plain, regex)


_SHORT_IKKE = re.compile(r"\bikk?\b")


def _as_written_in_full(lowered: str) -> str:
    """A marking typed in a hurry, as written in full ("maa ik deles foer" → "må ikke deles før")."""
    return _SHORT_IKKE.sub("ikke", with_danish_letters(lowered))


class Pattern(_Pattern):
    """A marker pattern: the shared ``Pattern``, its Danish letters also typed plain (``typed_plain_too``)."""

    def __init__(self, name: str, regex: str, score: float):
        super().__init__(name, typed_plain_too(regex), score)

#: Scores: a marking that cannot mean anything else, one that almost never does,
#: and one whose words have everyday uses too.
SURE = 0.9
STRONG = 0.85
LIKELY = 0.75

_MONTHS_DA = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS = f"{_MONTHS_EN}|{_MONTHS_DA}|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
_WEEKDAYS_DA = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
_WEEKDAYS = _WEEKDAYS_DA + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_CLOCK = r"(?:kl\.?\s*|at\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*(?:CET|CEST|a\.m\.|p\.m\.|am|pm))?"
# A span of opening hours: "8.00-15.00", "7:30 – 13".
_TIME_RANGE = r"\d{1,2}[.:]\d{2}[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?"
# A point in time: "3. december", "December 3, 2025", "3/12", "onsdag 16/12", "fredag", "i morgen", "byrådsmødet den 27. maj".
_DATE = (
    rf"(?:(?:(?:{_WEEKDAYS})\s+)?(?:den\s+)?\d{{1,2}}\.?\s*(?:{_MONTHS})(?:(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec))\.)?(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:(?:{_WEEKDAYS})\s+(?:d\.\s*|den\s+)?)?\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?|(?:på\s+|on\s+)?(?:{_WEEKDAYS})|i\s+morgen|i\s+overmorgen|tomorrow"
    r"|(?:man|tirs|tir|ons|tors|tor|fre|lør|søn)\.?(?=\s+(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\b)"
    rf"|(?:\w+mødet|mødet|offentliggørelsen|pressemødet)(?:\s+den\s+\d{{1,2}}\.?\s*(?:{_MONTHS}))?)"
)
_WHEN = rf"(?:{_CLOCK}\s*,?\s*)?{_DATE}(?:\s*,?\s*{_CLOCK})?|{_CLOCK}"
# "før borgmesteren har godkendt det", "until the board has decided": a condition runs to the end of its clause.
# "til" is also "to": with a time it is "until" ("til fredag"), and with a clause only when it has a verb
# ("til byrådet har besluttet"); "Off the record til Jesper fra TV 2" names a reader, not a condition.
# A clause's characters up to its end; a date's or an abbreviation's full stop does not end it ("den 5. december", "kl. 12").
_CLAUSE_CHAR = r"(?:[^\n.!?;]|(?<=\d)\.(?=[ \t]*\w)|(?<=\b(?:kl|ca))\.)"
_CONDITION = (
    rf"\s+(?:(?:før|inden|indtil|uden|før\s+end|until|before|without)\s+(?:{_WHEN}|{_CLAUSE_CHAR}{{1,70}})"
    rf"|til\s+(?:{_WHEN}|efter\s+[^\n.!?;:,–]{{1,40}}(?<!\s)|[^\n.!?;:]{{1,50}}?\b(?:har|er|bliver|foreligger|kommer)\b[^\n.!?;:]{{0,30}}))"
)


def _slips(word: str) -> str:
    """``word`` and its one-slip misspellings as a regex alternation: two neighbouring letters swapped or one
    left out ("fortorlig", "fortroli(t)", "embago"); the first letter stays, as people rarely miss it."""
    forms = {word}
    for i in range(1, len(word) - 1):
        forms.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    for i in range(1, len(word)):
        forms.add(word[:i] + word[i + 1 :])
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))  # longest first, in a fixed order


_FORTROLIG = _slips("fortrolig") + "|fortrollig"
_HEMMELIG = _slips("hemmelig")
_PERSONFOLSOM = _slips("personfølsom")

# Levels in any case, with Danish endings; English levels are one form each.
_LEVEL_DA = (
    rf"(?:yderst\s+|strengt\s+)?(?:{_HEMMELIG})[et]?|(?:strengt\s+|personlig[t]?\s+og\s+)?(?:{_FORTROLIG})(?:h?t|e)?(?:\s+og\s+personlig[t]?)?|konfidentiel(?:t|le)?|[^\W\d_]{{3,}}fortrolig[et]?"
    rf"|til\s+tjene?ste[\s-]*brug|til\s+tjenstlig\s+brug|(?:{_PERSONFOLSOM}|personfølgsom)(?:t|me)?"
    r"|ikke[-\s]offentlig[et]?|tavshedsbelagt[e]?|(?:strengt\s+)?klassificere(?:t|de)|klausuleret|klausulerede"
    r"|(?:kommercielt|forretningsmæssigt)\s+følsom(?:t|me)?|forretningsfølsom(?:t|me)?|top-?hemmelig[et]?"
    r"|strengt\s+intern[te]?|strengt\s+personlig[t]?|personhenførbar[te]?|advokatprivilegere(?:t|de)"  # "internt" alone is an ordinary word; "strengt internt" is a level
)
_LEVEL_EN = (
    r"(?:strictly\s+|highly\s+|private\s+and\s+|company\s+|privileged\s*(?:&|and)\s*)?confidential|restricted|top\s+secret|secret"
    r"|(?:legally\s+)?privileged|business\s+confidential|classified|(?:commercial|staff|medical|management|policy)[-\s]in[-\s]confidence|commercially\s+sensitive"
)
_LEVEL = rf"(?:{_LEVEL_DA}|{_LEVEL_EN})"
# Sensitive for the people a text is about, as a heading or a footer: "Beboerfølsomt – …", "… – borgerfølsomt" (not a
# thing's care label: "Lysfølsomt – opbevares mørkt").
_SENSITIVE_FOR_PEOPLE = r"(?:beboer|borger|elev|bruger|patient|klient|medarbejder|personale|børne|familie|sags)følsom(?:t|me)?"
# Levels in capitals are markings wherever they stand ("INTERNT" and "INTERNAL" only in capitals).
_LEVEL_CAPITALS = (
    rf"(?:YDERST|STRENGT)\s+HEMMELIGT?|(?:{_HEMMELIG.upper()})T?|STRENGT\s+FORTROLIGT?|(?:[A-ZÆØÅ]{{3,}})?(?:{_FORTROLIG.upper()})(?:H?T|E)?|KLAUSULERET"
    rf"|KONFIDENTIEL(?:T|LE)?|TIL\s+TJENE?STE[\s-]*BRUG|TIL\s+TJENSTLIG\s+BRUG|(?:{_PERSONFOLSOM.upper()}|PERSONFØLGSOM)(?:T|ME)?"
    r"|IKKE[-\s]OFFENTLIG[ET]?|TAVSHEDSBELAGT[E]?|INTERNT|INTERN(?=[ \t]*(?:[–\-:|]|$)|[ \t]+[\w-]*(?i:notat|note|mail|besked|oversigt|liste|referat|rapport|personale)\w*)|(?:STRICTLY\s+|HIGHLY\s+)?CONFIDENTIAL|RESTRICTED|TOP\s+SECRET"
    r"|INTERNAL(?:\s+USE)?(?:\s+ONLY)?|OFFICIAL[-\s]SENSITIVE|NEED[-\s]TO[-\s]KNOW|CONFIDENTIALITY\s+NOTICE"
    r"|SENSITIVE\s+PERSONAL\s+DATA|SKÆRMET|TTJ|COMMERCIALLY\s+SENSITIVE|TOP-?HEMMELIGT?|STRENGT\s+PERSONLIGT?"
)
# A scanned page read by OCR writes 0 for O: "F0RTROLIGT".
_LEVEL_CAPITALS_SCANNED = _LEVEL_CAPITALS.replace("O", "[O0]")
# Markdown, bullets, brackets and a label such as "Klassifikation:" before a heading's level.
_LINE_START = (
    r"[ \t#*>_\[(|\"“«-]*(?:(?:[\w-]*klassifikation|[\w-]*klassificering|classification|mærkning|sikkerhedsniveau|[\w-]*status"
    r"|emne|subject|vedr|vedrørende|re|titel|title|overskrift)\s*[:.]\s*)?(?:(?:sv|vs|re|fw|fwd|aw|vb)\s*:\s*)*"
)
# Words for a text or a part of one: what a level or a restriction is said of.
_DOCUMENT = (
    r"notat|bilag|dokument|materiale|referat|rapport|udkast|sag|personalesag|redegørelse|oplysninger|indstilling"
    r"|brev|mail|e-mail|besked|meddelelse|punkt|dagsordenspunkt|tekst|information|indhold|note|memo|document"
    r"|report|draft|briefing|message|information|minutes|paper|møde|samtale|meeting|henvendelse|orientering|opdatering"
    r"|oversigt|liste|sagsfremstilling|konference|update|memo|korrespondance|correspondence|tråd|thread|rådgivning|responsum|notits|bemærkning"
    r"|overlevering|oplæg|beskrivelse|indberetning|analyse|vurdering|uddrag|mindeord|artikel|opslag|journal|baggrund|resumé|indlæg"
)
# Readers a text is kept to: "Kun til ledelsen", "Only for the board" ("Kun til info" is no restriction).
_CLOSED_AUDIENCE = (
    r"(?:den\s+|the\s+)?(?:ledelse|ledelsen|direktionen|chefgruppen|bestyrelsen|udvalget|byrådet|medlemmerne|modtageren"
    r"|modtagerne|adressaten|hr|personalet|de\s+involverede|intern\s+brug|internt\s+brug|board|management|recipients?"
    r"|addressee|internal\s+use|gruppen|gruppens\s+medlemmer|deltagerne|mødedeltagerne|[\w-]+s\s+deltagere|[\w-]*udvalget|[\w-]*gruppen"
    r"|the\s+team|members|participants|your\s+eyes|parterne|[\w-]+s\s+parter|(?:[\w-]+\s+)?(?:panel|committee)|de\s+(?:[\w-]+\s+)?(?:kolleger|kollegaer)|[\w-]+s\s+medlemmer)"
)
# Papers a text is printed or copied on, as the subject of where they may go: "Bilagene må ikke tages med hjem".
_PAPERS = rf"[\w-]*(?:{_DOCUMENT}|kopi|papir|udskrift|print|mappe|liste|tabel|skema)\w*"
# Texts a note keeps to some readers, besides papers: "Loggen er kun til krisestaben", "Talepunkterne er kun til dig".
_KEPT_TEXT = (
    rf"{_PAPERS}|(?:svar|ark|log|logbog|tale|talepunkt|script|nyhedsbrev|eksport|udtræk|henvisning|vejledning|instruks"
    r"|billede|foto|orientering|oplysning)\w*"
)
# Facts a restriction is said of besides a text: "Elevernes navne er kun til krisestabens brug".
_FACTS = r"navne(?:ne)?|tallene|data|detaljer(?:ne)?|resultate(?:t|rne)|[\w-]*numre(?:ne)?"
# A use a text is kept to: "kun til brug i sagsbehandlingen", "kun til ledelsens brug", "kun til teamets eget overblik".
_A_USE = r"brug\s+(?:i|for|ved|på)\s+(?:[\w-]+s\s+)?[\w-]+|[\w-]+s\s+(?:interne\s+|eget\s+|egen\s+)?(?:brug|forberedelse|overblik)"
# Staff roles and bodies a text is kept to, in any form: "kun til borgmester og kommunaldirektør", "kun HR og direktør",
# "drøftes kun af formand og næstformand", "Behandles alene af whistleblowerenhedens to sagsbehandlere".
_ROLE = (
    r"(?:[\w-]*(?:borgmester|direktør|direktion|ledelse|leder|ledergruppe|chef|sagsbehandler|formand|formænd|næstformand|udvalg|kollega"
    r"|bestyrelse|team|gruppe|jura|adressat|modtager|plejersker?|personale|enhed|kontor|sekretariat|medlem(?:mer)?"
    r"|manager|koordinator|konsulent|rådgiver|jurist|advokat|specialist|delegation|vagthavende|kontaktperson|afdeling|chauffør"
    r"|visitation|visitator|terapeut|forstander|bogholder|bogholderi|ansvarlige?|bisidder|afløser|administration|lærer|pædagog|psykolog|inspektør|læge|styrer|stab|kommunikation|vejleder|redaktør|deltagerne|repræsentant|revision)"
    r"(?:n|t|en|et|ne|erne|ene|s)?"
    r"|sagsbeh\.?"
    r"|(?-i:HR|MED|TR|AMR|DPO|IT|SSP|PPR|LMU|HMU|UU|AKT|SFO)(?:-[\w-]+)?)"  # (a role in the singular or the definite: "kun for ledere" invites, it keeps nothing)
)
_ROLES = (
    rf"(?:(?:den|det|de|to|tre|nærmeste|øverste|ansvarlige|vagthavende|egen|egne|min|mine|din|dine|vores|jeres|[\w-]+s|[\w-]+iske?|[\w-]+ende|[\w-]+ive)\s+){{0,2}}{_ROLE}"
    rf"(?:\s*(?:,|og|eller|and|or|&|\+|/)\s*(?:(?:den|det|de)\s+)?(?:[\w-]+\s+)?{_ROLE}){{0,3}}"
)
# The secure ways to send a text: e-Boks, Digital Post, secure mail.
_SECURE_CHANNEL = r"(?:e-?boks|digital\s+post|sikker\s+(?:e-?)?(?:mail|post))"
# Groups and channels of chat where a text is not to be written: "vagtgruppen", "teamchatten", "Messenger".
_CHANNEL = r"(?:[\w-]*(?:gruppe|chat|tråd|kanal|portal)\w*|messenger|teams|aula|facebook)"  # (a portal relatives or parents read)
# Units of the organisation a note keeps a text to, in the definite: "sundhedsplejen", "krisestaben", "sekretariatet".
_UNIT = r"[\w-]*(?:plejen|stab|staben|sekretariatet|teamet|afdelingen|kontoret|centret|centeret|enheden|ledelsen|gruppen|udvalget|foreningen|klubben|bestyrelsen|forvaltningen|direktionen)"
# The circles colleagues keep a thing in: "inden for teamet", "i lederkredsen", "i direktionen".
_CIRCLE = (
    r"teamet|gruppen|huset|ledelsen|afdelingen|kontoret|kredsen|direktionen|udvalget|kanalen|chatten"
    r"|[\w-]+(?:gruppen|teamet|kredsen|ledelsen|udvalget|afdelingen|kanalen|plejen|enheden|formandskabet)"
)
# Relatives and others close to a person, whom a note keeps something from.
_KIN = (
    r"far|mor|faren|moren|forældrene|(?:de\s+)?pårørende|familien|værgen|naboerne|eks[\w-]+"
    r"|[\w-]*(?:datter|søn|bror|søster|manden|konen|hustruen)(?:en|ne)?"
)
# Units named without an article, as staff write them: "Notatet bliver i kommunikation".
_UNIT_NAMES = r"(?-i:HR|IT)|kommunikation|jura|økonomi|sekretariatet"
# A draft's status said on its face: "UDKAST – endnu ikke sendt til medierne", "kladde, ikke udsendt",
# "DRAFT v2 – NOT APPROVED FOR RELEASE", "manus, ikke frigivet".
_DRAFT_STATUS = (
    r"\b(?:udkast|kladde|draft|arbejdspapir|working\s+paper|manus|manuskript)(?:\s+v?\d+(?:\.\d+)?)?\s*[–\-,:(.]?\s*(?:(?:der|som|that|which)\s+)?(?:endnu\s+)?(?:ikke|not(?:\s+yet)?)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:sendt|udsendt|afsendt|offentliggjort|godkendt|frigivet|færdig|endelig|drøftet|behandlet|vedtaget"
    r"|besluttet|approved|released|published|discussed|adopted"
    r"|sent|final|cleared|endeligt)\b(?:\s+(?:til|for|to|by)\s+[^\n.!?;)]{1,40})?"
)
# Passive verbs of passing a text on ("må ikke videregives").
_PASS_ON_DA = (
    r"videregives|fortælles|fremsendes|oversendes|oplyses|fremlægges|deles|kopieres|offentliggøres|videresendes|sendes\s+videre|distribueres|citeres|udleveres|uddeles|meddeles|annonceres|committes|pushes"
    r"|b?cc['’]?es(?:\s+til\s+(?:(?:hans|hendes|deres|min|din|sin|vores|jeres)\s+)?(?:nærmeste\s+)?[\w-]+)?"  # "må ikke cc'es til skolen"
    r"|videre\s+til\s+(?:de\s+(?:øvrige\s+|andre\s+)?[\w-]+|(?:din|dit|dine|hans|hendes|deres|jeres|sin|sit|sine)\s+(?:[\w-]+\s+)?[\w-]+|[\w-]+(?:en|et|ne|erne|ene))(?:\s+endnu)?"
    r"|gengives|udgives|spredes|omtales|viderebringes|lægges\s+(?:ud|op|på|i)|sendes\s+ud|sendes|vises\s+til\s+(?:andre|(?:min|din|sin|hans|hendes|deres|jeres|vores)\s+[\w-]+)|bringes"
    r"|indsættes|uploades|deles\s+eksternt|kopieres\s+ind|udsendes|publiceres|vedlægges|publiseres|frigives|lækkes|læses|ses|printes"
    r"|udskrives|postes|nævnes|overføres\s+til|hænges\s+op|ophænges|sættes\s+op\s+på\s+(?:[\w-]+\s+)?[\w-]*tavle\w*|fremvises|refereres|downloades|gives\s+videre|eksporteres|journaliseres(?=\s+(?:før|inden|indtil)\s)|journaliseres\s+(?:åbent|(?:på|i)\s+(?:den\s+|det\s+)?åbne|(?:på|i)\s+(?:den\s+|det\s+)?fælles[\w-]*|på\s+[\w-]+sag(?:er|en|erne)?\b)|afsløres|røbes|cirkuleres|cirkulere|drøftes|tilskrives"
    r"|indgå\s+i\s+(?:den\s+|det\s+|en\s+|et\s+)?[\w-]*(?:høring|aktindsigt|sag|journal|referat|oversigt)\w*"
    # lie in a shared inbox or drive, or show in a letter: "skal ikke ligge i fællesindbakken", "må ikke fremgå af breve til forældrene"
    r"|(?:ligge|arkiveres|journaliseres|gemmes)\s+(?:i|på)\s+(?:den\s+|det\s+)?fælles[\w-]*|efterlades\s+(?:i|på)\s+[\w-]+"
    # kept in a chat or a room where others see it: "må ikke gemmes i chatten", "må ikke ligge i personalerummet"
    r"|(?:gemmes|ligge)\s+(?:i|på)\s+(?:[\w-]*(?:chat|kanal|tråd)\w*|[\w-]*(?:rummet|stuen))\b"
    # into a folder or a record, or out of a unit, the verb left out: "Noterne må ikke i elevmappen", "må ikke ud af
    # Digitaliseringsenheden"
    r"|i\s+(?:den\s+|det\s+)?[\w-]*(?:mappe|journal|referat)(?:n|en|et)?\b"
    rf"|ud\s+af\s+{_UNIT}\b"
    # … or left out where anyone sees it: "må ikke ligge fremme i bilen", "må ikke ligge synligt på kontoret"
    r"|ligge\s+(?:fremme|synligt|åbent)(?:\s+(?:i|på)\s+[\w'’-]+)?"
    r"|fremgå\s+af\s+(?:det\s+|den\s+|de\s+)?(?:åbne\s+|offentlige\s+)?[\w-]*(?:brev|breve|brevet|afgørelse|afgørelsen|referat|referatet|svar|svaret"
    r"|mail|mailen|journalen|dagsorden|dagsordenen)\b(?:\s+til\s+[\w-]+)?"
    r"|stå\s+i\s+(?:den\s+|det\s+)?(?:[\w-]+\s+){0,2}[\w-]*(?:referat|journal|oversigt|notat|sag|system|plan|dagbog|logbog|tråd|afgørelse|brev|kopi|overskrift|mail|status)\w*"
    # … or anything open to all: "ikke må stå i den åbne tilmelding"; into a record: "må ikke komme i journalen"
    r"|stå\s+i\s+(?:den|det)\s+(?:åbne|offentlige|fælles)\s+[\w-]+|komme\s+i\s+(?:den\s+|det\s+)?[\w-]*(?:journal|referat|dagsorden)\w*"
    # out into the house: "Oplysningen om stress skal ikke ud i afdelingen"
    rf"|(?:komme\s+)?ud\s+i\s+(?:{_UNIT}|organisationen|huset)\b"
    r"|sige\s+(?:det|dem|den|noget)\s+videre|fortælle\s+(?:det|dem|den|noget)\s+videre|(?:sige|fortælle)\s+videre\s+til\s+[\w-]+"
    r"|stå\s+på\s+(?:[\w-]*tavle\w*|intra\w*|aula|hjemmesiden|facebook|skærmen)"
    # hung on a board or shown on a class's screen: "må ikke hænge på tavlen i bådhallen", "må ikke vises på smartboard"
    r"|hænge\s+(?:på|i)\s+(?:[\w-]*tavle\w*|[\w-]*rummet)|vises\s+på\s+(?:[\w-]*tavle\w*|smartboard\w*|[\w-]*skærm\w*|projektor\w*)"
    r"|komme\s+i\s+(?:[\w-]+s\s+)?e-?boks\b"  # ("må ikke komme i beboerens e-Boks")
    r"|gå\s+videre\s+til\s+[\w-]+(?:en|et|ne|erne|ene)\b|fremgå(?=\s*(?:[.,;!]|$))|(?:fremgå|stå)\s+(?:nogen|andre)\s+steder\b|fremgå\s+af\s+(?:den|det|de|[\w-]+(?:en|et|ne|erne|ene)|[\w-]+(?:ens|ets|nes)\s+[\w-]+|brev|mail)(?=[\s,.)]|$)"
    # going into a text, forbidden ("Afsnittet må ikke med i den version, der sendes …"; "skal ikke med i mailen"
    # instructs the writer of the mail)
    rf"|(?<=\bmå\sikke\s)(?:komme\s+)?med\s+i\s+(?:den\s+|det\s+)?(?:endelige\s+)?(?:{_DOCUMENT}|version|udgave)\w*"
    r"|skrives\s+(?:på|i|ind\s+i)|(?:bruges|anvendes)\s+(?:eksternt|udadtil|offentligt|uden\s+for\s+(?:huset|[\w-]+(?:en|et)))"
    r"|(?:bruges|anvendes)\s+på\s+(?:facebook|instagram|tiktok|linkedin|hjemmesiden|intra\w*|aula|[\w-]*medier(?:ne)?)\b"  # ("Billedet må ikke bruges på Facebook")
    # put into circulation or onto a site: "Udkastet skal ikke i omløb endnu", "må ikke komme på intranettet"
    r"|(?:komme\s+|sættes\s+|gå\s+)?i\s+omløb|komme\s+på\s+(?:intranettet|intra|hjemmesiden|nettet|facebook|linkedin|aula|sharepoint|opslagstavlen)"
    r"|(?:vises|gives)\s+til\s+[\w-]+(?:en|et|ne|erne|ene)\b|vises\s+for\s+[\w-]+(?:en|et|ne|erne|ene)\b|vises\s+i\s+(?:teamet|gruppen|afdelingen|[\w-]+(?:teamet|gruppen))\b|vises\s+på\s+(?:[\w-]+s\s+)?[\w-]*(?:plan|liste|skærm|side|tavle)\w*|gå\s+(?:videre\s+)?til\s+(?:pressen|medierne|offentligheden|[\w-]+s\s+(?:personale|medarbejdere|ansatte))"
    # storing, only where a text is stored ("Medicinen må ikke opbevares i køleskabet" is care, not a marking)
    r"|(?:gemmes|opbevares|lagres)(?=\s+lokalt\b)|(?:gemmes|opbevares|lagres|ligge)(?=\s+(?:på|i|uden\s+for)\s+(?:[\w-]+\s+){0,2}[\w-]*?(?:fællesdrev|drev|computer|pc|telefon|mobil|usb|mail|sky|sagen|journalen"
    r"|cloud|onedrive|dropbox|fagsystem|system|intranet|sharepoint|teams|aula|privat|hjem|kalender|kalenderen|mappe|mappen))"
)
_PASS_ON_EN = (
    r"forward(?:ed)?|distribut(?:e|ed)|shar(?:e|ed)|cop(?:y|ied)|disclos(?:e|ed)|publish(?:ed)?|circulat(?:e|ed)"
    r"|reproduc(?:e|ed)|releas(?:e|ed)|past(?:e|ed)|upload(?:ed)?|post(?:ed)?|quot(?:e|ed)|communicat(?:e|ed)"
    r"|print(?:ed)?|leak(?:ed)?|announc(?:e|ed)|pass(?:ed)?\s+on|disseminat(?:e|ed)|discuss(?:ed)?"
)
#: The grammar's word classes, lent to the marking model (``marking_classifier.word_class``) so that it reads
#: "må ikke lækkes" like "må ikke deles": one word of a class stands for all of them.
WORD_CLASSES = (
    ("LEVEL", rf"{_LEVEL_DA}|{_LEVEL_EN}"),
    ("PASS_ON", rf"{_PASS_ON_DA}|{_PASS_ON_EN}"),
    ("ROLE", _ROLE),
    ("DOCUMENT", rf"(?:{_DOCUMENT})\w*"),
)
# A trade's condition, not an embargo: "Pakken sendes først efter betaling", "Varerne udleveres først efter levering".
_AFTER_PAYMENT = re.compile(
    r"\bførst\s+(?:efter|ved)\s+(?:(?:modtaget|modtagelse\s+af)\s+)?(?:betaling|indbetaling|levering|betalingen|leveringen)\b",
    re.IGNORECASE,
)
# When an embargo in other words ends: "… efter byrådsmødet", "fredag kl. 12", ", når de pårørende er underrettet".
_NOT_BEFORE = (
    rf"(?:\s+(?:samlet|samtidig|officielt|endeligt))?"  # "offentliggøres først samlet fredag kl. 12"
    rf"(?:\s+(?:efter\s+{_CLAUSE_CHAR}{{1,60}}|(?:fra\s+)?(?:{_WHEN})|(?:før|inden|til)\s+{_CLAUSE_CHAR}{{1,60}})|,?\s+(?:når|hvis|once|when)\s+{_CLAUSE_CHAR}{{1,60}})"
)
# This text as the subject before a passive verb: "Oplysningen videregives ikke", "Denne pressemeddelelse udsendes først".
# (also one definite owner's: "Morens navn nævnes ikke over for firmaet")
_THIS_SUBJECT_BEFORE = r"(?<=\b(?:[^\W\d_]+(?:en|et|ne|erne|ene)|det|dette|denne|den|(?:denne|dette)\s+[\w-]+|[^\W\d_]{3,}(?:ens|ets)\s+[^\W\d_]+)\s)"
# A restriction said of a kind of data is a rule, not a marking: its subject is a bare plural noun
# ("Personoplysninger må ikke deles"). A definite or demonstrative subject ("Oplysningerne",
# "Følgende oplysninger", "Dette") or none at all (a line that starts with it) says it of this text.
_SUBJECT = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]{3,})\s*$")
# (a chat's "pls", "this"; a pointer to this text's next or last part: "Oplysningen herunder må ikke deles …")
_ADVERBS = frozenset("her der nu så endnu lige altså pls plz please this these those it herunder nedenfor ovenfor herover ovenover".split())
_DETERMINERS = frozenset(
    "følgende denne dette disse de min mit din dit dine mine vores jeres deres ovenstående nedenstående vedlagte vedhæftede omtalte "
    "pågældende samtlige these the this those our your their my his her its".split()
)
# Words that make a noun any of its kind, not this text.
_QUANTIFIERS = "alle all visse nogle mange sådanne bestemte certain some".split()
_GENERAL_DETERMINERS = frozenset(
    ["en", "et", "a", "an", "enhver", "hver", "every", "any", "alt", "noget", "intet", "everything", "anything", *_QUANTIFIERS]
)
# Plural nouns for texts of a kind: what a rule about kinds of text speaks of ("sager", "dokumenter", "mails").
_TEXTS_OF_A_KIND = (
    r"oplysninger|dokumenter|sager|punkter|bilag|tekster|materialer|mails|e-?mails|filer|notater|referater"
    r"|pressemeddelelser|møder|emner|indberetninger|samtaler|henvendelser|klager|data|documents|files|cases|items|papers"
    r"|meetings|press\\s+releases|tegninger|planer|billeder|fotos|optagelser|skemaer|drawings|plans|photos|recordings"
    r"|attester|erklæringer|udtalelser|journaler|rapporter|lister|lønsedler|payslips"  # (not "ansøgninger" nor "aftaler": "Husk at alle ansøgninger er fortrolige" is said of these)
)
# Kinds of text marked so, earlier in the sentence: the markings that follow in it are kinds too.
# Also "intet, der er mærket fortroligt" and "dokumenter mærket Fortroligt".
_KINDS_MARKED = re.compile(
    rf"\b(?:(?:(?:{_DOCUMENT}|papir)(?:er|e|s)?(?:\s+udleveret)?|alt|intet|noget|everything|anything|nothing),?\s+(?:der|som|that|which)\s+(?:er|is|are)"
    rf"(?:\s+blevet)?\s+|(?:{_DOCUMENT})(?:er|s)\s+"
    # a mass noun with no determiner is any of its kind: "Indsæt aldrig tekst markeret FORTROLIGT"
    + "|" + "".join(rf"(?<!\b{word}\s)" for word in ("en", "et", "den", "det", "dette", "denne", "the", "this", "a", "an"))
    + r"(?:tekst|text|materiale|material|indhold|content|information|oplysninger|data)\s+)"
    r"(?:mærket|markeret|marked|klassificeret|classified|undtaget|exempt(?:ed)?)\b",
    re.IGNORECASE,
)
# A level said to be used for something is a scheme's level: "Strengt fortrolig anvendes ved helbredsoplysninger".
_LEVEL_USED = re.compile(r"\s+(?:anvendes|bruges|benyttes|is\s+used|are\s+used|applies)\b", re.IGNORECASE)
# A clause of a contract or a law, headed by its paragraph sign: "§ 14 Fortrolighed. Parterne forpligter sig …".
_CLAUSE_HEADING = re.compile(r"[\"“»'(\s]*§\s*\d+")
# A level said not to hold: "ventelisten er ikke hemmelig", "… at ventelisten ikke er hemmelig".
_NEGATED_BEFORE = re.compile(r"\b(?:ikke|aldrig|not|never)\s+$", re.IGNORECASE)
_LEVEL_AT_START = re.compile(_LEVEL, re.IGNORECASE)
# Closed items or meetings in the plural with no determiner are a kind: "Lukkede punkter vises ikke på hjemmesiden".
_CLOSED_KIND = re.compile(r"lukkede\s+(?:dagsordens)?(?:punkter|møder)", re.IGNORECASE)
_CLOSED_WORDS = re.compile(r"(?:lukket|lukkede|luk\.|for\s+lukkede\s+døre)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:de|disse|dagens|aftenens|mødets|udvalgets|byrådets|vores|jeres|to|tre|fire|begge)\s+$", re.IGNORECASE)
# Texts of a kind right before a marking: "oplysninger fra lukkede punkter", "pressemeddelelser under embargo"
# (not "Bilag til lukket punkt 7": a number makes it this text; nor "vedlægges som bilag til lukket behandling": this text
# is the appendix).
# A closed meeting held, told as past: "Byrådet holdt [lukket møde] om skolebudgettet i sidste uge".
_HELD_IN_THE_PAST_BEFORE = re.compile(r"\b(?:holdt|afholdt|held)\s+(?:et\s+|a\s+)?$", re.IGNORECASE)
# A title in quotes opening right before a marking's words: 'et spil der hedder "TOP SECRET – Operation Pixel"'.
_A_TITLE_OPENS_BEFORE = re.compile(r"\b(?:hedder|hed|kaldes|kaldet|titlen|called|named|titled)\s+[\"“»'‘]$", re.IGNORECASE)
# … nor an appendix heading its line: "Bilag til lukket punkt – må ikke uddeles".
_HEADING_S_APPENDIX_BEFORE = re.compile(r"^[ \t#*>-]*bilag\s+til\s+$", re.IGNORECASE | re.MULTILINE)
# A closed part said of one meeting: "bilag til lukket del af mødet", "lukket behandling i visitationsudvalget".
_OF_A_MEETING = re.compile(r"\s+(?:af|på|i)\s+(?:mødet|dagsordenen|[\w-]*udvalget|[\w-]*udvalgets\s+møde)\b", re.IGNORECASE)
# (with an article it is any meeting's: "hvad de må sige om punkter fra den lukkede del af mødet")
_ARTICLE_BEFORE = re.compile(r"\b(?:den|det|de|the)\s+$", re.IGNORECASE)
# A question which kinds are so: "hvilke dokumenttyper i en ansættelsessag der [er personfølsomme]".
_WHICH_ARE = re.compile(r"\bhvilke\s+(?:[\w-]+\s+){1,6}?der\s+(?:(?:er|bliver|skal\s+være|kan\s+være)\s+)?$", re.IGNORECASE)
_KIND_BEFORE = re.compile(
    # (not a heading's note in brackets: "(bilag til lukket behandling)")
    rf"(?<!\bsom\s)(?<!\()\b(?:{_TEXTS_OF_A_KIND})\s+(?:fra|om|på|i|under|til|med|from|about|in|under|on)\s+(?:(?:den|det|de|the)\s+)?$",
    re.IGNORECASE,
)
# A kind of text named in the sentence before a marking: "efter styrelsesloven skal visse sager behandles for lukkede døre".
_A_KIND_OF_TEXT = re.compile(
    rf"\b(?:{'|'.join(_QUANTIFIERS)})\s+(?:[\w-]+\s+)?(?:{_TEXTS_OF_A_KIND})\b",
    re.IGNORECASE,
)
_EXCEPT = re.compile(r"\b(?:bortset\s+fra|undtagen|except)\b", re.IGNORECASE)
# Verbs that ask the AI for a new text: "Skriv en pressemeddelelse om …", "kan du lave en fortrolig briefing".
_WRITE_VERBS = r"skriv\w*|lav\w*|udarbejd\w*|formulér|formuler\w*|foreslå|write|draft|prepare"
# A document still to be written, its verb right before it: "skriv en fortrolig briefing" (not "skriv et referat
# af et fortroligt formøde", where the meeting was confidential).
_TO_BE_WRITTEN = re.compile(rf"\b(?:{_WRITE_VERBS})\s+$", re.IGNORECASE)
_TO_BE_WRITTEN_WITH_ARTICLE = re.compile(rf"\b(?:{_WRITE_VERBS})\s+(?:en|et|a|an)\s+$", re.IGNORECASE)
# A marking quoted as it stands on a text: 'der står "KLAUSULERET" øverst på planen', 'stemplet "FORTROLIGT"'.
_WRITTEN_ON = re.compile(r"\b(?:står|stod|(?:er|var)\s+mærket|stemplet|påført)(?:\s+der)?\s*[\"“»'‘]$", re.IGNORECASE)
# A text said to hold nothing sensitive or to be under no embargo: "Ikke noget sensitivt.", "Intet fortroligt her",
# "Ikke under embargo."
_NOTHING_SENSITIVE = re.compile(
    r"[ \t]*(?:(?:der\s+er\s+)?(?:ikke\s+noget|intet|ingenting)\s+(?:sensitivt|fortroligt|følsomt|personfølsomt)"
    r"|(?:ikke|not)\s+under\s+embargo)\b",
    re.IGNORECASE,
)
# A marking named in a condition: "hvis den er mærket FORTROLIGT, TIL TJENESTEBRUG eller …".
_IF_MARKED = re.compile(
    r"\b(?:hvis|når|if|when)\s+(?:den|det|de|teksten|dokumentet|filen|mailen|it|the\s+\w+)\s+(?:er|is|are)\s+(?:mærket|markeret|stemplet|marked)\b",
    re.IGNORECASE,
)
# The first modal verb (or "er") of a sentence, and "og" joining a second restriction to it.
_FIRST_MODAL = re.compile(r"\b(?:må|skal|bør|er(?=\s+(?:strengt\s+)?(?:fortrolig|følsom|personfølsom|intern)))\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\s(?:og|and)\s+$", re.IGNORECASE)
# A register of risks or tasks, whose rows are open or closed: "R-08 | … | JF | lukket |", "… – ejer: KBJ | status: lukket",
# a header "Risiko;Ejer;Status"; or a rota by weekdays, whose office is closed one afternoon ("| | man | tir | ons |"); not
# an agenda, whose closed items are closed to the public.
_REGISTER = re.compile(
    r"^[ \t|>*-]*R-?\d{1,3}\b|\b(?:ejer|risikoejer|owner|risiko|risk)\b"
    r"|(?:\b(?:man|tir|tirs|ons|tor|tors|fre|mandag|tirsdag|onsdag|torsdag|fredag)\b[^\n]*){3}",
    re.IGNORECASE | re.MULTILINE,
)
# A log's header: a column of incidents, tickets or tasks among cells split by ";", "|" or tabs.
_A_LOG_HEADER = re.compile(r"^(?=[^\n]*[;|\t])[^\n]*\b(?:hændelse|hændelser|incident|ticket|opgave|task)\b", re.IGNORECASE)
# Told to mark a text so, not marked: "… skal sendes med sikker mail og markeres FORTROLIGT i emnefeltet".
_TO_BE_MARKED = re.compile(r"\b(?:markeres|mærkes|stemples|markere|mærke|markér|mærk)\s+(?:som\s+)?$", re.IGNORECASE)
# A draft's label alone, with nothing kept from anyone: "Mail til KommuneKredit – kladde", "(kladde fra mig)" (the
# model learnt drafts from press releases, whose drafts the writers mark).
_DRAFT_WORD = re.compile(r"\b(?:kladde|udkast)\b", re.IGNORECASE)
_KEPT_OR_PUBLISHED = re.compile(
    r"\b(?:ikke|kun|alene|må|skal|fortrolig\w*|intern\w*|embargo|presse\w*|nyhed\w*|offentlig\w*|udsend\w*|sendt)\b", re.IGNORECASE
)
# A line naming topics or keywords: "Emner: visitation, økonomi, tavshedspligt, tilsyn." (subjects, not a marking)
_TOPICS_LINE = re.compile(r"[ \t>*•-]*(?:emner|emneord|temaer|nøgleord|stikord|tags|keywords|topics)[ \t]*:", re.IGNORECASE)
# A mail's address line: who it is from or to, never a marking ("Til: HR").
_ADDRESS_LINE = re.compile(
    r"[ \t>*]*(?:(?:til|fra|cc|bcc|to|from|sendt|sent|dato|date)[ \t]*:|(?:til|to)[ \t]+(?:[\w-]+[ \t]*){1,3}$)", re.IGNORECASE | re.MULTILINE
)
# A capitalised modal right after a lower-case word starts a new line a PDF reader joined on: "afvigelser Må ikke …".
_CAPITAL_AFTER_A_WORD = re.compile(r"[a-zæøå] (?-i:[A-ZÆØÅ])")
# Two terms weighed against each other: "lukket punkt eller lukket møde", "ikke-offentligt eller lukket punkt".
_OR_TERM_AFTER = re.compile(r"\s+eller\s+(?:et\s+|en\s+)?(?:lukket|lukkede|ikke-offentlig\w*|fortrolig\w*)\b", re.IGNORECASE)
_TERM_OR_BEFORE = re.compile(r"\b(?:lukket|lukkede|ikke-offentlig\w*|fortrolig\w*)\s+[\w-]+\s+eller\s+(?:et\s+|en\s+)?$", re.IGNORECASE)
# The rest of the sentence ends with a question mark.
_QUESTION_END = re.compile(r"[^\n.!?]*\?")
# A garment's care label: "Må ikke stryges.", "Må ikke tørretumbles" (the model reads a short "må ikke" as a restriction).
_LAUNDRY_CARE = re.compile(r"\b(?:stryges|tørretumbles|kemisk\s+renses|bleges|centrifugeres)\b", re.IGNORECASE)
# A place's opening hours: "Vintertøjsbanken holder lukket fra 22. december til 4. januar" (a door is closed, not a text).
# A card or a key said to be personal and not lent, a thing's rule rather than a text's: "Nøglebrikken er personlig og må
# ikke lånes ud"; or what a decision is to weigh: "Bestyrelsen skal kun tage stilling til budgettet, ikke til klagen".
_A_THING_LENT_OR_A_MATTER_WEIGHED = re.compile(
    r"\b(?:(?:ud)?lånes(?:\s+ud)?|tage[rs]?\s+stilling\s+til|forholde[rs]?\s+sig\s+til)\b", re.IGNORECASE
)
# Where a sentence or a line starts, right before a match: "Lukket punkt? Nej – åbent." (not "hvorfor det behandles for
# lukkede døre?", a question about the case's closed treatment).
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\n])[ \t\"“]*$")
# A day closed in a rota or opening hours: "Ons: Lukket".
_A_DAY_CLOSED = re.compile(
    rf"[ \t]*(?:{WEEKDAY_LABELS})\.?[ \t]*:?[ \t]*lukket\b",
    re.IGNORECASE,
)
# What alone is allowed, as a short answer of its own: "Hvad må der være i kasserne? Kun papir." (not a unit or a role a
# text is kept to: "Kun ledelsen.", "Kun HR.")
_ONLY_A_THING = re.compile(
    rf"kun\s+(?!(?:til|for|internt?|mig|os|dig|jer)\b|(?:{_ROLES}|{_UNIT}|[\w-]+(?:en|et|ne|erne))\b)(?-i:[a-zæøå])[^\W\d_]+[.!]?",
    re.IGNORECASE,
)
# A decision on access to documents giving its reason: "Korrespondancen med vognmanden er undtaget efter offentlighedslovens
# § 30, nr. 2" (read sets' writers leave it alone; a text's own note stays: "Notatet er undtaget fra aktindsigt").
_EXEMPTED_UNDER_A_SECTION = re.compile(
    r"\ber\s+(?:delvis[t]?\s+)?undtaget\s+(?:efter|jf\.?|i\s+medfør\s+af)\s+(?:[\w.]+\s+){0,2}?§", re.IGNORECASE
)
_OPENING_HOURS = re.compile(
    rf"\b(?:holder|har|er)\s+(?:lukket|åbent)\s+(?:(?:fra|i|mellem|til|hele|på|om|den|d\.)\s|(?:{_WEEKDAYS_DA})\b|\d)", re.IGNORECASE
)
# A place or a service said to be closed, as a log or a notice says it: "Butikkerne lukket.", "Vandet er lukket.",
# "Tropehuset lukket, tågeanlæg slukket" (a text, a meeting or an item closed to some is another matter: "Punktet er
# lukket", "Journalen er lukket for andre afdelinger").
_A_PLACE_CLOSED = re.compile(
    r"\b([^\W\d_]{2,}(?:-[^\W\d_]+)*(?:en|et|ne|erne|ene))\s+(?:er\s+|var\s+|blev\s+|bliver\s+|holder\s+|har\s+været\s+)?lukket\b"
    r"(?!\s+for\s+(?:andre|alle|offentligheden|pressen|tilhørere))",
    re.IGNORECASE,
)
# … a place by its kind closed to the public, as a log says it: "parken lukket for offentligheden", "Hallen er lukket
# for publikum" (a meeting or a hearing closed so is a closed session).
_A_PLACE_CLOSED_TO_THE_PUBLIC = re.compile(
    r"\b[\w-]*(?:gården|parken|hallen|stranden|haven|biblioteket|museet|badet|vejen|stien|pladsen|skoven|området|anlægget"
    r"|bygningen|kirken|legepladsen|toiletterne|toilettet)\s+(?:er\s+|var\s+|blev\s+|bliver\s+|holdes\s+)?lukket\s+for\s+"
    r"(?:offentligheden|publikum|besøgende)\b",
    re.IGNORECASE,
)
# … an event held without its audience: "lukket prøve for bandene".
_A_CLOSED_EVENT = re.compile(
    r"\blukket\s+(?:prøve|generalprøve|træning|arrangement|fest|forestilling|event|koncert|åbning)\b", re.IGNORECASE
)
# … closed till a date, as a sign says it: "Sal lukket til 11. januar", "Lukket for offentligheden indtil 11. januar".
_CLOSED_TILL_A_DATE = re.compile(
    r"\blukket\s+(?:for\s+(?:offentligheden|besøgende|publikum)\s+)?(?:til|indtil)\s+(?:\d|mandag|tirsdag|onsdag|torsdag|fredag|lørdag"
    r"|søndag|videre|i\s+morgen)",
    re.IGNORECASE,
)
# The texts, meetings and items that a marking may close ("Punktet er lukket", "Journalen er lukket for andre").
_CLOSABLE = r"punkt|møde|dagsorden|sag|journal|notat|bilag|referat|indstilling|dokument|mappe|behandling|drøftelse|materiale|akt|protokol|del"
# … a definite noun that is one of them, and the more common of them named anywhere in a sentence ("del" and "akt" would
# be the start of too many words: "deltagere", "aktivitet").
_CLOSABLE_TEXTS = re.compile(rf"(?:{_CLOSABLE})(?:et|en|ene|erne|ne)$", re.IGNORECASE)
_A_CLOSABLE_TEXT_NAMED = re.compile(
    r"\b(?:punkt|møde|dagsorden|sag|journal|notat|bilag|referat|indstilling|dokument|behandling|drøftelse)\w*", re.IGNORECASE
)
# A question word opening a line right before a level: "2. Hvad er ikke offentligt", "Hvilke oplysninger er fortrolige".
_A_HEADING_ASKS_WHAT = re.compile(r"[ \t#*-]*(?:\d+[.)][ \t]*)?(?:hvad|hvilke\s+[\w-]+|hvilket\s+[\w-]+|what)\s+(?:der\s+)?", re.IGNORECASE)
# A restriction naming whom a text is not to be shared with ("… må ikke deles med klassen"): said of a list, not of one
# person's protected address.
_SHARED_WITH_SOMEONE = re.compile(r"\bdeles\s+med\s+[\w-]+$", re.IGNORECASE)
# Marking words listed to be translated or explained: "Kan du oversætte disse ord til engelsk: fortroligt, til tjenestebrug, …".
_WORDS_LISTED = re.compile(r"\b(?:disse|følgende|de\s+her|these|the\s+following)\s+(?:ord|udtryk|begreber|termer|words|terms)\b[^\n:]{0,40}:[^\n]*$", re.IGNORECASE)
# A talk reported, not a marking (the writers of the evaluation sets do not call it one): "Han sagde det i fortrolighed."
_TOLD_IN_CONFIDENCE = re.compile(
    r"\b(?:sagde|fortalte|betroede|nævnte|oplyste|sagt|fortalt|betroet)\b[^\n.!?]{0,40}\bi\s+(?:al\s+)?fortrolighed\b"
    r"|\b(?:taler|talte|snakker|snakkede)\s+fortroligt\s+med\b",  # ("Vi taler fortroligt med foreningerne om …": a service's talks)
    re.IGNORECASE,
)
# Levels listed by name as a scheme's: "Vi bruger klassifikationerne Offentlig, Intern, Fortrolig og Følsom."
_LEVELS_LISTED = re.compile(
    r"\b(?:klassifikationer(?:ne)?|klassifikationsniveauer(?:ne)?|niveauer(?:ne)?|mærkninger(?:ne)?|kategorier(?:ne)?|levels|labels)"
    r"\s*:?\s+[\"“]?[A-ZÆØÅ][\w-]*[\"”]?(?:,\s*[\"“]?[A-ZÆØÅ][\w-]*[\"”]?)+,?\s+(?:og|eller|and|or)\s+[\"“]?[A-ZÆØÅ]",
    re.IGNORECASE,
)
# Any item or case may be closed, as a rule says: "Et punkt kan behandles for lukkede døre, når …" (but "Det er fra et
# lukket punkt" is this text's).
_ANY_CLOSED_ITEM = re.compile(r"\b(?:et|en)\s+(?:punkt|sag|møde)\s+(?:kan|skal|må|bør)\s+behandles\s+$", re.IGNORECASE)
# Between "hvad" and "betyder": a marking explained ("… og hvad TLP:AMBER og TLP:RED betyder, når …").
_WHAT_BEFORE = re.compile(r"\bhvad\s+(?:[^\s.!?]+\s+){0,4}$", re.IGNORECASE)
_MEANS_AFTER = re.compile(r"(?:\s+(?:og|eller|and|or)\s+\S+)?\s+(?:betyder|indebærer|står\s+for|means|stands\s+for)\b", re.IGNORECASE)
# A text that asks what a marking means talks about the one it quotes: 'Der står "TIL TJENESTEBRUG" øverst. Hvad betyder …'.
_MEANING = r"hvad\s+(?:\S+\s+){0,3}?(?:betyder|indebærer|dækker)|betyder\s+det|what\s+does|what\s+is\s+meant"
_MEANING_ASKED = re.compile(  # (or how to translate it: 'Kan du oversætte stemplet "TIL TJENESTEBRUG" til engelsk?')
    rf"\b(?:{_MEANING}|oversæt\w*|translate)\b", re.IGNORECASE
)
# A clause opened by "how" or "why" asks, with or without its question mark.
_HOW_OR_WHY = re.compile(r"\s*(?:(?:og|men|så|and|but)\s+)?(?:hvordan|hvorfor|how|why)\b", re.IGNORECASE)
# Just after a field's key in JSON or code: a value there is no quotation ('"klassifikation": "PERSONFØLSOMT"').
# A level labelled inside a quoted value: '"note": "klassificeret: fortrolig"'.
_LABELLED_IN_A_VALUE = re.compile(r"[\"'](?:klassificeret|klassifikation|klassificering|classification|sensitivity|følsomhed)\s*:\s*$", re.IGNORECASE)
_AFTER_A_FIELD_KEY = re.compile(r"[\w\"']\s*[:=]\s*[\"']$")
# What a marking means, explained: "Mærkningen 'Lukket punkt' betyder, at …", "Begrebet embargo indebærer, at …".
_EXPLAINED = re.compile(
    r"(?:mærkning\w*|betegnelse\w*|begreb\w*|ordet|udtrykket|markering\w*|[\"'‘“][^\"'’”\n]{2,40}[\"'’”])"
    r"[^.\n]{0,60}?\b(?:betyder|indebærer|means)\b",
    re.IGNORECASE,
)

# A question that points at a text ("Hvad skal jeg svare på denne fortrolige mail?") is about that text.
_POINTS_AT_TEXT = re.compile(
    rf"\b(?:denne|dette|disse|nedenstående|ovenstående|vedhæftede|vedlagte|følgende|this|the\s+attached)\s+(?:[^\W\d_]+\s+)?(?:{_DOCUMENT})",
    re.IGNORECASE,
)


# Classification levels listed as a scheme ("Offentlig, Intern, Fortrolig og Strengt fortrolig") are a topic.
_SCHEME_LEVEL = (
    r"(?:strengt\s+|strictly\s+)?(?:offentlig\w*|intern\w*|fortrolig\w*|hemmelig\w*|begrænset|følsom\w*|personfølsom\w*"
    r"|public|internal|confidential|restricted|secret|sensitive)"
)
_EXPLAINED_LEVEL = rf"{_SCHEME_LEVEL}(?:\s*\([^()\n]{{1,80}}\))?"  # "Fortrolig (kun medarbejdere med arbejdsbetinget behov)"
_LEVELS_LISTED = re.compile(
    rf"{_EXPLAINED_LEVEL}(?:\s*(?:,|/|\s[–-]|\bog\b|\beller\b|\band\b|\bor\b)\s*{_EXPLAINED_LEVEL}){{2,}}"
    # … or the traffic light protocol's levels, the list left open: "TLP:AMBER, TLP:GREEN osv."
    r"|TLP\s*:\s*\w+(?:\s*(?:,|/|\bog\b|\band\b)\s*TLP\s*:\s*\w+)+\s*,?\s*(?:osv|etc|m\.\s?fl)\b",
    re.IGNORECASE,
)
# A scheme explained level by level, each heading its sentence as a kind of information: "Offentlig information
# kan deles frit. Intern information må … Fortrolig information omfatter …". Two such levels make a paragraph a policy.
_LEVEL_AS_A_KIND = re.compile(
    rf"(?:^|[.!?:\"“]\s+|\n[ \t]*)(?:[-*•]\s*|\d+[.)]\s*)?({_SCHEME_LEVEL})\s+(?:information|oplysninger|dokumenter"
    r"|data|materiale|sager|documents|files)\b",
    re.IGNORECASE,
)
# Three levels each defined after a colon do too ("Intern: kun medarbejdere i kommunen. Fortroligt: kun dem, der …");
# two could be a marked text's heading and a note ("FORTROLIGT: personalesag" … "Intern: kun til HR").
_LEVEL_DEFINED = re.compile(
    rf"(?:^|[.!?:]\s+|[\"“]\s*|\n[ \t]*)(?:[-*•]\s*|\d+[.)]\s*)?({_SCHEME_LEVEL}):[ \t]+(?=[a-zæøå])", re.IGNORECASE
)
# … or each heading a line before a dash ("Offentlig – kan deles med alle\nIntern – kun medarbejdere\nFortrolig – …").
_LEVEL_DASHED = re.compile(
    rf"(?:^|\n[ \t]*)(?:[-*•]\s*|\d+[.)]\s*)?[\"“»']?({_SCHEME_LEVEL})[\"”«']?(?:[ \t]+[–-]|[ \t]*:)[ \t]+", re.IGNORECASE
)
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def _schemes_explained(text) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` that explain a classification scheme level by level."""
    found = []
    for paragraph in _PARAGRAPH.finditer(text):
        for shape, enough in ((_LEVEL_AS_A_KIND, 2), (_LEVEL_DEFINED, 3), (_LEVEL_DASHED, 3)):
            levels = {re.sub(r"\s+", " ", m.group(1).lower())[:9] for m in shape.finditer(paragraph.group())}
            if len(levels) >= enough:
                found.append(paragraph.span())
                break
    return found


# A classification or sensitivity field and the levels it takes: "Klassifikation: Intern", '"følsomhed": "Fortroligt"'.
_SENSITIVITY_LABEL = (
    r"[\w-]*klassifikation|[\w-]*klassificering|klassificeret|classification|sikkerhedsniveau|mærkning"
    r"|følsomhed(?:smærkat|smærkning|sniveau|sgrad)?|fortrolighed(?:sniveau|sgrad|smærkat)?"
    r"|sensitivity(?:\s+(?:level|label))?|confidentiality(?:\s+level)?|security\s+level|markeret\s+som|marked\s+as"
)
_FIELD_LABEL = rf"{_SENSITIVITY_LABEL}|[\w-]*status"
# (Outlook's sensitivity values: "Følsomhed: Privat", "Sensitivity: Personal")
_FIELD_VALUE_LEVEL = rf"{_LEVEL}|intern[t]?|internal|begrænset\s+adgang|restricted\s+access|begrænset|limited|privat|personlig|private|personal|beskyttet|beskyttede\s+(?:data|oplysninger)|skærmet|skærmede|protected|følsom[t]?|(?-i:TTJ)"
# An access field and the values that close it: '"adgangsniveau": "Lukket"', "Adgang: kun rekrutteringsteamet".
_ACCESS_LABEL = r"adgang(?:sniveau)?|adgangsbegrænsning|access(?:\s+level)?|synlighed|visibility|sikkerhedsniveau|security\s+level|offentlighed"
_ACCESS_VALUE = (
    r"lukket|closed|privat|private|begrænset|restricted|limited|intern[t]?|internal"
    r"|skjult(?:\s+(?:for|på|i)\s+[\w.-]+)?|hidden(?:\s+(?:from|on|in)\s+[\w.-]+)?"
    r"|(?:kun|only|alene|udelukkende)[ \t]+(?:for[ \t]+|til[ \t]+)?(?:[\w-]+[ \t]+){0,2}[\w-]+(?:[ \t]+(?:og|and)[ \t]+[\w-]+)?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
)
# A table's column that classifies its rows ("Medarbejder | Sag | Fortrolighed", "punkt,titel,status") and the
# cells that restrict a row ("Høj", "Lukket"); a status says "lukket" of a closed agenda item only in an agenda.
_CLASSIFYING_COLUMN = re.compile(rf"(?:{_FIELD_LABEL}|{_ACCESS_LABEL})", re.IGNORECASE)
_AGENDA_COLUMN = re.compile(r"(?:dagsordens)?punkt|pkt\.?|item|agenda\s+item", re.IGNORECASE)
_RESTRICTING_CELL = re.compile(rf"(?:{_FIELD_VALUE_LEVEL}|{_ACCESS_VALUE}|høj|high|middel|medium)", re.IGNORECASE)
_CLOSED_CELL = re.compile(rf"(?:{_LEVEL}|lukket|closed)", re.IGNORECASE)
# A status that says a text is an unpublished draft, as a field's value or a status column's cell: "status: draft",
# "Kladde – afventer budgetforlig" (the reason after a dash belongs to the cell).
_DRAFT_VALUE = r"(?:udkast|kladde|draft|upubliceret|unpublished|ikke\s+publiceret|ikke\s+udgivet)"
_DRAFT_CELL = re.compile(rf"{_DRAFT_VALUE}(?:[ \t]*[–\-:,][ \t]*[^;|\t\n]{{1,60}})?", re.IGNORECASE)
_TABLE_ROW = re.compile(r"[^\n]+")
_RULE_ROW = re.compile(r"[\s|:+-]+")  # a Markdown table's rule: "|---|:--|"


def _cells(line: str, start: int, separator: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row, its spaces, quotes and Markdown emphasis left out."""
    cells, at = [], start
    for part in line.split(separator):
        left = len(part) - len(part.lstrip(" \t*_\"'"))
        right = len(part.rstrip(" \t*_\"'\r"))
        cells.append((at + left, at + max(left, right)))
        at += len(part) + 1
    return cells


def _table_blocks(text: str):
    """Yield (separator, rows) for each run of two or more lines that split alike: rows are (line, start). Two lines
    with one comma each are prose as often as a table ("Personsag – fortrolig behandling, kun leder" over "Borger:
    Anna Brun, 260641-0401"): commas need three lines or three columns."""
    rows = [(m.group(), m.start()) for m in _TABLE_ROW.finditer(text)]
    for separator in ("|", "\t", ";", ","):
        block: list[tuple[str, int]] = []
        for line, start in [*rows, ("", len(text))]:
            count = line.count(separator)
            same = block and (separator == "|" or count == block[0][0].count(separator))
            if count and (same or not block) and not (block and start > block[-1][1] + len(block[-1][0]) + 2):
                block.append((line, start))
                continue
            if len(block) > 2 or (len(block) == 2 and (separator != "," or block[0][0].count(",") > 1)):
                yield separator, block
            block = [(line, start)] if count else []


# A field that restricts nothing: "Embargo: Ingen", "Følsomhed: Normal", "classification": "public".
_UNRESTRICTED_FIELD = re.compile(
    r"[^\n:=,;]{0,40}[\"']?\s*[:=]\s*(?:[\"']?(?:ingen|none|nej|no|normal|offentlig|public|åben|open|null|false|n/?a|[-–])"
    r"[\"']?[ \t]*(?:$|[\n,;.)}])"
    # a form's empty answer: "Lukket punkt: [ ] ja [ ] nej", "Klassifikation: ______", "☐", "Må ikke videregives: ja/nej"
    r"|\[[ \t]?\][ \t]*\w|_{3,}|[☐□]|(?:ja|yes)[ \t]*/[ \t]*(?:nej|no)\b"
    # a template's placeholder: "Spærrefrist: [dato og klokkeslæt]", "Embargo: <tidspunkt>"
    r"|[\[<{][^\]>}\n\d]{2,40}[\]>}][ \t]*(?:$|[\n,;]))",
    re.IGNORECASE | re.MULTILINE,
)
# A marking word that names a place of business: "Restaurant Embargo", "Café Fortrolig".
_BUSINESS_BEFORE = re.compile(r"\b(?:Restaurant|Café|Cafe|Hotel|Kro|Bar|Butik|Salon|Galleri|Biograf|Teater)\s+$")
# A room, a place or a door said to be for some people only or kept locked: "Mødelokale 3 er kun til intern brug" (the
# whole lead before the grammar's match), "Parkeringspladsen er kun for personalet.", "Medicinrummet skal være aflåst"
# (the start of a sentence the model read).
_A_ROOM_IS = re.compile(
    r"\s*(?:(?:det|den|vores|jeres|the|our)\s+)?[\w-]*(?:lokale|lokalet|rum|rummet|hal|hallen|sal|salen|kantine|kantinen"
    r"|køkken|køkkenet|parkering|parkeringen|plads|pladsen|toilet|toilettet|indgang|indgangen|room"
    r"|dør|døren|låge|lågen|skab|skabet|skuffe|skuffen|door|gate|cabinet)(?:\s+\d+\w?)?"
    r"\s+(?:er|is|må\s+kun\s+bruges|må\s+kun\s+benyttes|may\s+only\s+be\s+used|skal\s+være|skal\s+holdes|must\s+be)\s+",
    re.IGNORECASE,
)
# A road or an area said not to be public is private ground, not a text: "vejen er ikke offentlig".
_A_PLACE_BEFORE = re.compile(
    r"\b(?:[\w-]*vej(?:en)?|stien|grunden|området|arealet|stranden|skoven|parken|pladsen|toilettet|[\w-]*parkeringen)\s+(?:er\s+)?$",
    re.IGNORECASE,
)
_NOT_PUBLIC = re.compile(r"(?:er\s+)?ikke[-\s]offentlig", re.IGNORECASE)
# A level said of any one text: "… at et dokument [er fortroligt]".
_SAID_OF_ANY = re.compile(r"(?:er|is|are)\s", re.IGNORECASE)
_ANY_ONE = r"\b(?:en|et|a|an|any|enhver|ethvert)\s+(?:[\w-]+\s+)?[\w-]+"
_ANY_ONE_BEFORE = re.compile(rf"{_ANY_ONE}\s+$", re.IGNORECASE)
# A quoted value after a key whose words are joined by underscores: '"adgang": "kun_terapeuter"', "level='internal_only'".
_UNDERSCORED_VALUE = re.compile(r"([:=][ \t]*[\"'“])([^\W_]+(?:_[^\W_]+)+)(?=[\"'”])|([:=][ \t]*)([^\W_]+(?:_[^\W_]+)+)(?=[ \t]*$)", re.MULTILINE)
# A sentence that says its text is no such thing: "Den er ikke fortrolig."
_SAID_NOT_TO_BE = re.compile(rf"\b(?:er|var|bliver|is|was)\s+(?:ikke|not)\s+(?:{_LEVEL}|intern[t]?|internal|personfølsom[t]?)\b", re.IGNORECASE)
# … or as an answer without its verb: "Ikke personligt.", "Ikke noget personligt." (but "Ikke offentligt" is a level).
_NOT_A_LEVEL = re.compile(rf"(?:ikke|intet)\s+(?:noget\s+)?(?!offentlig)(?:{_LEVEL}|personlig[t]?|intern[t]?)[.!]?", re.IGNORECASE)
# A marking word said to be absent or not to hold: "Pressemeddelelsen er uden embargo", "The release has no embargo",
# "Den er ikke fortrolig.".
_NONE_BEFORE = re.compile(r"\b(?:uden|ingen|ikke\s+nogen|no|without|(?:er|var|bliver|is|was)\s+(?:ikke|not))\s+$", re.IGNORECASE)
# A state's trade embargo, not a text's: "omfattet af EU's embargo", "the embargo against Iran".
_A_STATES_EMBARGO_BEFORE = re.compile(r"(?:\b(?:EU|FN|USA|UN|US|NATO)['’]?s|\bomfattet\s+af|\b(?:en|et)\s+(?:slags|form\s+for))\s+$"
                                      r"|\b(?:[\w-]*(?:import|eksport|handel|varer|våben)\w*)\b[^.\n]{0,40}\b(?:er|is|are)\s+(?:under\s+)?$")  # "bomuldsimport … er under embargo"
# (also the kind of a ban: "et embargo-lignende importforbud")
_A_STATES_EMBARGO_AFTER = re.compile(r"\s+(?:mod|against|on)\s+(?-i:[A-ZÆØÅ])|-(?:lignende|agtig\w*|like)\b", re.IGNORECASE)
# Where the next clause of a sentence begins: ", men …", ", og …", "; …".
_NEXT_CLAUSE = re.compile(r",\s+(?:men|og|så|but|and|so)\s+|;\s+", re.IGNORECASE)


# What joins the parts of one marking: "UDKAST – ikke godkendt – må ikke offentliggøres", "CONFIDENTIAL / FORTROLIGT".
# A level or a sensitivity heading a line, a few words before the line's restriction: "Fortrolig personaleoplysning –
# vises kun for lønteamet", "… – Fortrolig HR-sag, må ikke deles med …", "Følsomt elevmateriale – kun klasseteamet".
# Alone such words are often ordinary ("beskyttet bolig", "privat adresse"); before a restriction they are its level.
# Not "Intern": the evaluation sets' writers read "Intern briefing – ikke til citat" as a note whose marking is the
# restriction alone (forty times to seven), nor a protected address, which is a fact about a person.
_LEVEL_BEFORE_A_RESTRICTION = regex.compile(
    rf"(?:^{_LINE_START}|[–\-:]\s|[.!?]\s|\()\K(?:{_LEVEL}|følsom(?:t|me)?|sensitiv[t]?|beskyttet|beskyttede|privat)\b(?![ \t]+adresse)"
    r"(?=(?:[ \t]+[\w-]+){1,4}[ \t]*[–\-:·,][ \t])"
    # a level heading a line, its restriction after a dash further on: "Fortrolig baggrund til chefen før interviewet kl. 14
    # – må ikke gives videre"
    rf"|^{_LINE_START}\K(?:{_LEVEL})\b(?=[ \t]+[^\W\d_][^\n]{{0,80}}?[ \t][–\-][ \t])"
    # … or joined to it by "og": "Personalesag – Klausuleret og kun til chefen for Vej og Park"
    rf"|(?:^{_LINE_START}|[–\-:]\s)\K(?:{_LEVEL})\b(?=[ \t]+og[ \t]+(?:kun|alene|udelukkende|må|ikke)\b)",
    regex.IGNORECASE | regex.MULTILINE,
)
_JOINER = re.compile(rf"(?:[ \t]+(?:{_DOCUMENT})\w*)?[ \t]*[–\-,/|:][ \t]*", re.IGNORECASE)
# A statement of how data are handled under a law or the rules is a policy, not a marking.
_UNDER_A_LAW = re.compile(
    r"\s+(?:efter|i\s+henhold\s+til|jf\.?|ifølge|according\s+to|under|in\s+line\s+with)\s+"
    r"(?:GDPR|\w*loven|\w*lovens|databeskyttelses\w*|reglerne|forordningen|the\s+law|the\s+rules|data\s+protection)",
    re.IGNORECASE,
)
_A_KIND_MARKED = re.compile(
    rf"\b(?:(?:en|et|a|an|alle|all|any)\s+(?:[\w-]+\s+)?(?:{_DOCUMENT})\w*|(?:{_DOCUMENT})(?:er|s))"
    r"\s+(?:mærket|markeret|marked|klassificeret|classified|med\s+mærkningen|with\s+the\s+(?:label|marking))"
    r"(?:\s+(?:som|as))?\s+(?:\S+\s+(?:eller|og|or|and)\s+)?(?:\S+\s+)?\S+$",
    re.IGNORECASE,
)
# A level before a bare plural text noun and a verb names a kind of text: "Strengt fortrolige dokumenter omfatter fx …".
_LEVEL_OF_A_KIND = re.compile(
    rf"\s+(?:{_TEXTS_OF_A_KIND})\s+(?:omfatter|er|må|skal|kan|bør|indeholder|dækker|behandles|sendes|gemmes|opbevares"
    r"|betyder|include|are|must|may|should)\b",
    re.IGNORECASE,
)
# A marking in a template or an example is none: "Lav en skabelon til et referat af et lukket punkt".
# A rule quoted from (or drafted for) a guideline, a policy or a contract: 'Kan du skrive en regel til vores håndbog:
# "Kørselslister, der …, må ikke printes"?', 'Vi har en intern regel: "Sager om … behandles altid som lukket punkt."'.
_QUOTED_RULE = re.compile(
    r"\b(?:regel|regler|reglen|retningslinje\w*|instruks\w*|[\w-]*håndbog\w*|[\w-]*politik\w*|procedure\w*|forretningsorden\w*"
    r"|vedtægt\w*|[\w-]*kontrakt\w*|vejledning\w*)\b[^\n\"“”]{0,45}(?::|,?\s+(?:der|som)\s+siger,?(?:\s+at)?)\s*[\"“][^\"”\n]*$",
    re.IGNORECASE,
)
# The texts a rule comes from, named before or after it.
_RULE_SOURCE = r"[\w-]*(?:politik|retningslinje|retningslinjer|regler|vejledning|håndbog|instruks|procedure|regulativ)\w*"
# … a rule reported from its source: "Vores klassifikationspolitik siger at personalesager altid er fortrolige".
_RULE_SAYS_BEFORE = re.compile(rf"\b{_RULE_SOURCE}\s+siger,?\s+at\s+[^.!?\n\"“]{{0,80}}$", re.IGNORECASE)
# … or a rule whose source follows it: "Tilbud i udbud er fortrolige indtil tildeling, står der i vores indkøbspolitik".
_RULE_SOURCE_AFTER = re.compile(
    rf"[^\n.!?]{{0,60}}?,\s*(?:står\s+der|siger|skriver)\s+(?:i\s+)?(?:vores|kommunens|den|det|de|jeres)\s+{_RULE_SOURCE}\b",
    re.IGNORECASE,
)
# A quoted example: 'Fx "Din kode er hemmelig og må ikke deles"'.
_QUOTED_EXAMPLE = re.compile(r"\b(?:fx|f\.\s?eks\.|eksempelvis|for\s+eksempel)\s*:?\s*[\"“][^\"”\n]*$", re.IGNORECASE)
_QUOTED_LEAD_ANYWHERE = re.compile(r"^[^\"“”\n]*[\"“][^\"”\n]*$")  # the line opens a quote before the marking, unclosed
# A quoted sentence asked about: '"Denne e-mail kan indeholde fortrolige oplysninger" – hvorfor står det …?' (a question
# about the sentence, not a request to act on a pasted message: '"… bliver mellem os" – kan du skrive …')
# (and how one says it: '"Dette dokument er fortroligt" – hvordan oversætter man den sætning?'; not "hvordan svarer jeg?")
_QUOTE_ASKED_ABOUT = re.compile(
    r"[^\"”\n]{0,60}[\"”]\s*[–-]\s*(?:hvorfor|hvor|hvad|hvornår|gælder|hvordan\s+[\w-]+\s+man)\b[^\n]*\?", re.IGNORECASE
)
# (also as a compound's last part: "et referat-eksempel for et lukket punkt", "mødeskabelonen")
_A_TEMPLATE = re.compile(
    r"\b(?:[\w-]*skabelon\w*|template\w*|[\w-]*eksempel\s+(?:på|for)|example\s+(?:of|for)|mønster\s+for)\b[^.\n]{0,60}$", re.IGNORECASE
)
# An opening quote right before a marking, or before a level and a dash that the marking follows.
# The quote that ends a marking in quotes, right after it or after a word or two of the term it begins.
_QUOTE_CLOSES = re.compile(r"(?:[ \t]+[\w-]+){0,2}['\"’”«»]")
_QUOTED_LEAD = re.compile(rf"[\"“»«'‘](?:(?:{_LEVEL}|intern[t]?|internal)[ \t]*[–\-:,/|][ \t]*)?$", re.IGNORECASE)
# A date in the calendar or a clock time: what a marking of one text names and a rule about kinds does not.
_CALENDAR_TIME = re.compile(rf"\b\d{{1,2}}\.?\s*(?:{_MONTHS_DA}|{_MONTHS_EN})\b|\b\d{{1,2}}[./]\d{{1,2}}\b|\bkl\.?\s*\d", re.IGNORECASE)
# People as the subject of a verb of passing on: "børnene ikke må udleveres til far" (a child handed over, not a text).
_PEOPLE_BEFORE = re.compile(
    r"\b(?:børnene|barnet|eleven|eleverne|drengen|pigen|borgeren|beboeren|patienten|den\s+anden\s+elev|det\s+andet\s+barn"
    r"|han|hun|de)\s+(?:ikke\s+)?$",
    re.IGNORECASE,
)
# Speaking intimately: "Hun talte fortroligt og roligt til hunden".
_SPOKE_BEFORE = re.compile(r"\b(?:talte|talt|taler|tale|snakke|snakker|snakkede|hviskede|spoke)\s+$", re.IGNORECASE)
# Someone asks whether a thing is so: "Journalisten spørger, om de [er fortrolige]".
_ASKED_WHETHER_BEFORE = re.compile(
    r"\b(?:spørger|spurgte|spørge|vil\s+vide|ville\s+vide|undrer\s+sig\s+over|asks|asked|wants\s+to\s+know)\s*,?\s+"
    r"(?:om|whether|if)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# What a quoted passage means in general, asked after it ('der står "Bilag 2 er undtaget fra aktindsigt". Hvad betyder det
# generelt?'); not a translation asked for, which sends the marked text on.
_WHAT_IT_MEANS = re.compile(rf"\b(?:{_MEANING})\b", re.IGNORECASE)
_IN_GENERAL = re.compile(r"\b(?:generelt|i\s+almindelighed|normalt|typisk|in\s+general)\b", re.IGNORECASE)
# Any text of a kind always kept so, or a privacy promise: "Allergilister skal altid behandles fortroligt", "Dine
# oplysninger behandles fortroligt i overensstemmelse med databeskyttelsesforordningen".
_ALWAYS_BEFORE = re.compile(r"\b(?:altid|always)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_BY_THE_RULES_AFTER = re.compile(r"\s+(?:i\s+overensstemmelse\s+med|in\s+accordance\s+with)\b", re.IGNORECASE)
# Texts written for the press or the air, besides the documents: "Pressemeddelelse", "Manus til Radio …", "Indslag".
_PRESS_TEXT = r"pressemeddelelse|manus|indslag|nyhed|presse[\w-]*|spærrefrist|embargo"
# A person not to be photographed or filmed: a consent about the person, not about the text.
_PHOTOGRAPHED = re.compile(r"\b(?:fotograferes|filmes|fotograferet|filmet)\b", re.IGNORECASE)
# The closed part of a meeting named in a request to leave it out of the text to write, or to write for the closed
# minutes: "Lav en offentlig version uden det lukkede punkt", "De lukkede punkter skal bare fjernes", "Skriv et
# beslutningsreferat til den lukkede protokol" (not a heading's note: "Protokoltilførsel (til den lukkede protokol):")
_LEFT_OUT_BEFORE = re.compile(r"\buden\s+(?:at\s+(?:sige|nævne|skrive)\s+(?:noget\s+)?om\s+)?(?:(?:den|det|de)\s+)?$", re.IGNORECASE)
_LEFT_OUT_AFTER = re.compile(
    r"[\w]*\s+(?:skal\s+(?:bare\s+|naturligvis\s+|helt\s+|kun\s+)?(?:ikke\s+med|fjernes|ud\b|udelades|stå\s+som)|ikke\s+er\s+med|kun\s+(?:står|fremgår)\b)",
    re.IGNORECASE,
)
_FOR_THE_CLOSED_MINUTES = re.compile(
    rf"^[ \t]*(?:kan\s+du\s+)?(?:{_WRITE_VERBS}|omskriv|omsæt)\b[^\n.!?(]{{0,80}}\btil\s+(?:den|det|[\w-]+s)\s+$", re.IGNORECASE
)
# A key alone on its line, as YAML and forms write them: "hold:".
_A_KEY_ALONE = re.compile(r"[ \t-]*[^\W\d_]+[ \t]*:[ \t]*")
# The term heading a question about its meaning: "Embargo – hvad betyder det, og hvordan …".
_MEANING_ASKED_AFTER = re.compile(
    r"[ \t]*[–:-][ \t]*(?:hvad\s+(?:betyder|er|dækker)|what\s+(?:does|is))\s+(?:det|den|de|it|that)\b", re.IGNORECASE
)
# Someone's wish or request, told: "Sigurd vil ikke have at det kommer ud", "en leverandør, som ønsker at deres priser [holdes
# hemmelige]", "Hun bad mig [ikke sige det til nogen]".
_SOMEONE_ELSE = r"han|hun|de|(?!Vi\b|Jeg\b)[A-ZÆØÅ][a-zæøå]+"  # (not the writer: "Vi vil ikke have at det kommer ud" is a marking)
_A_WISH_REPORTED = re.compile(
    rf"\b(?:{_SOMEONE_ELSE}|som|der)\s+(?:ønsker|ønskede|vil\s+(?:ikke\s+)?have|ville\s+(?:ikke\s+)?have)\s*,?\s+at\s+(?:[\w-]+\s+){{0,4}}$"
    # (a request told by whom it came from, not one passed on with the text: "Leverandøren har bedt os behandle rapporten fortroligt")
    r"|\b(?:[Hh]an|[Hh]un|[Dd]e)\s+bad\s+(?:mig|os|dig|jer|ham|hende|dem)\s+(?:om\s+)?(?:at\s+)?$"
)
_SOMEONE_ELSE_BEFORE = re.compile(rf"\b(?:{_SOMEONE_ELSE})\s+$")
# A restriction inside a clause that defines a kind: 'betegnelsen "intern" om sider på intranettet, der [ikke må ses af borgere]'.
_DEFINING_A_KIND = re.compile(r"\b(?:om|for|til|af|about|of)\s+[^\W\d_]+(?:er|re)\b[^,.!?\n]{0,40},?\s+(?:der|som|that|which)\s+$", re.IGNORECASE)
# The reason of a decision: "fordi de er forretningshemmeligheder".
_A_REASON_BEFORE = re.compile(r"\b(?:fordi|da|idet|because)\s+(?:de|den|det|oplysningerne|priserne|they|it)\s+(?:er\s+)?$", re.IGNORECASE)
# A CPR number in a line: a register of cases, whose statuses are the cases' ("Afventer samtykke": the citizen's).
_A_CPR_NUMBER = re.compile(r"(?<!\d)\d{6}[ \t]*[-–.]?[ \t]*\d{4}(?!\d)")
# A fault reported with its way round it: "kørelister kan ikke printes, så jeg sender dem her".
_SO_WE_DO = re.compile(r",?\s+så\s+(?:jeg|vi|du|de|han|hun|man)\b", re.IGNORECASE)
# A person who is to be moved, not a text: "og man skal ikke sendes rundt mellem afdelinger", "han må ikke sendes hjem".
_PERSON_BEFORE = re.compile(r"\b(?:jeg|du|man|han|hun|vi|de)\s+$", re.IGNORECASE)
_MODAL_AND_PASSIVE = re.compile(r"(?:må|skal|bør|kan)\s+(?:heller\s+)?ikke\s+[^\W\d_]+es\b", re.IGNORECASE)
# A marking said of any text of a kind: "en PPR-udtalelse, der er mærket fortrolig".
_ANY_ONE_WHICH_IS = re.compile(rf"{_ANY_ONE},?\s+(?:der|som|that|which)\s+(?:er|bliver|is|are)\s+$", re.IGNORECASE)
_MARKED = re.compile(r"(?:mærket|markeret|stemplet|klassificeret|marked|classified)\b", re.IGNORECASE)
# A service's conversations, described: "Samtalerne er fortrolige." after what the service offers.
_CONVERSATIONS_BEFORE = re.compile(r"\b(?:samtalerne|samtaler|sessionerne|rådgivningssamtalerne)\s+(?:er\s+)?$", re.IGNORECASE)
# A body's meetings, closed by its rules ("Rådet mødes 4 gange årligt. Møderne er ikke offentlige."), not a closed item.
_ITS_MEETINGS_BEFORE = re.compile(r"\bmøderne\s+(?:er\s+)?$", re.IGNORECASE)


def _introducing_a_quote(words: str, reach: int) -> str:
    """``words``, then at most ``reach`` characters on the line, then a quotation still open at the marking."""
    return rf"\b(?:{words})\b[^\"“\n]{{0,{reach}}}[\"“][^\"”\n]*$"


# A quotation that the line speaks of rather than uses: how one writes or says it ('Hvordan skriver man på engelsk "dette
# dokument er fortroligt"?'), a standard text to translate or reword ('oversætte en standardfooter til engelsk? Teksten:
# "Denne e-mail …', 'en mailsignatur med teksten "Denne mail kan indeholde …"'), a sign's text ('et skilt til døren: "Dødsboteamet – kun adgang for personale"'), a name given in quotes
# ('Temaet for årets sommerlejr er "TOP SECRET – agenternes lejr"').
_A_QUOTE_SPOKEN_OF = re.compile(
    "|".join([
        _introducing_a_quote(r"hvordan\s+(?:skriver|siger|staver|formulerer|oversætter)\s+(?:man|jeg|vi)|hvad\s+hedder"
                             r"|how\s+(?:do\s+(?:i|you|we)\s+)?(?:write|say|spell|translate)", 40),
        _introducing_a_quote(r"standard(?:footer|tekst|sætning|formulering|svar)\w*|mailfooter\w*|footer\w*|skabelon\w*|template\w*"
                             r"|(?:mail)?signatur\w*|signature", 60),
        _introducing_a_quote(r"skilt|skiltet|dørskilt|opslag\s+på\s+døren|sign", 40),
        _introducing_a_quote(r"temaet|tema|titlen|navnet|sloganet|mottoet|theme|title", 30),
    ]),
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r"[\"“«]")
# A closed item to be held, spoken of: "Vi skal holde et lukket punkt om en erstatningssag på næste møde".
_A_CLOSED_ITEM_TO_HOLD = re.compile(
    r"\b(?:holde|afholde|have|lave|oprette|sætte|tilføje|holder|laver|sætter|skriv\w*\s+(?:det|den|dem)\s+som)\s+(?:et|en)\s+$"
    # … or any minutes of any such meeting: "hvad der skal stå i et referat fra et lukket udvalgsmøde"
    r"|\b(?:et|en)\s+(?:referat|dagsorden|protokol|notat)\s+(?:fra|for|til|om)\s+(?:et|en)\s+$", re.IGNORECASE
)
# What cannot be seen or read is unseen, not restricted: "kortet kan ikke ses", "filen kan ikke læses".
_CANNOT_BE_SEEN = re.compile(r"kan\s+(?:heller\s+)?ikke\s+(?:[^\W\d_]+\s+){0,2}?(?:ses|læses|høres)", re.IGNORECASE)
_BY_WHOM = re.compile(r"\s+(?:af|for|uden)\b", re.IGNORECASE)
# A rule said of everything of a kind: 'alt hvad der står "Til tjenestebrug" på, ikke må deles …'.
_EVERYTHING_WHICH = re.compile(r"\b(?:alt|alle|enhver|everything|anything)\s+(?:hvad|som|der|that)\b[^.!?\n]*$", re.IGNORECASE)
# A wait for an event after a restriction: "… until the patch is installed" (a rule about a kind waits for nothing).
_UNTIL_AN_EVENT = re.compile(
    r"\b(?:until|indtil|til)\s+(?:the\s+[\w-]+|[\w-]+(?:en|et)(?:\s+[\w-]+)?)\s+(?:is|has|have|are|er|har)\b", re.IGNORECASE
)
# The dash of a heading: what follows it labels the text before it ("Bilag med beboeroplysninger – ikke til …").
_HEADING_DASH = re.compile(r"\s[–-]\s")
# A plural right after a heading's dash names this text's part: "Borgmesterens kalender uge 47 – private aftaler [må ikke …]".
_KIND_AFTER_A_HEADING = re.compile(r"^[^\n.!?]{3,60}\s[–-]\s+(?:[\w-]+\s+)?[\w-]+\s+$")
# A vote is secret by law, not a marked text: "afstemningen er hemmelig", "Valget er hemmeligt", "Din stemme er hemmelig".
_A_SECRET_BALLOT = re.compile(
    r"\b(?:afstemning|valg|stemmeafgivning|stemme|stemmeseddel|ballot|vote|voting)(?:en|et|erne|n)?(?:\s+(?:af|om|til|på|of|for)\s+[\w-]+(?:\s+[\w-]+)?)?\s+$",
    re.IGNORECASE,
)
# A mail's subject line described, in quotes: 'phishingmails med emnet "FORTROLIGT: Lønregulering"'.
_QUOTED_SUBJECT_LINE = re.compile(
    r"\b(?:emnet|emnelinjen|overskriften|titlen|the\s+subject(?:\s+line)?|subject\s+line|titled|entitled)\s*[\"“„'‘]\s*$", re.IGNORECASE
)
_DO_NOT_DISTURB = re.compile(r"[ \t]*[–\-:,][ \t]*(?:ikke|venligst\s+ikke|do\s+not)\s+(?:forstyr|disturb)", re.IGNORECASE)
_SECRET_CONTACT = re.compile(
    r"(?<![\w-])(?:adresse|telefonnummer|telefonnumre|nummer|numre|bopæl|opholdssted)(?:n|e|r|en|et|er|ne|rne|erne)?(?:,\s+(?:den|det|de))?\s+$",
    re.IGNORECASE,
)
# An informant's name or identity before "oplyses": the law's protection of an informant, stated.
_INFORMANT_BEFORE = re.compile(r"\banmelder(?:s|ens|nes)?\s+(?:navn|identitet)\s+$", re.IGNORECASE)
# A restriction's reader: "Fars adresse [må ikke oplyses til mor]" restricts this text, as "Adressen er hemmelig" does not.
_TO_SOMEONE = re.compile(r"\s+(?:videre\s+)?til\s+\w", re.IGNORECASE)
# A kind of text right before a marking that brings its own preposition: "Det samme gælder dokumenter [under embargo]".
_KIND_JUST_BEFORE = re.compile(rf"\b(?:{_TEXTS_OF_A_KIND})\s+$", re.IGNORECASE)
# A party to a contract bound by a clause: "The Recipient shall keep …", "Leverandøren skal behandle … fortroligt",
# "Parterne er enige om, at købesummen holdes fortrolig".
_A_PARTY_SHALL = re.compile(
    r"\b(?:recipient|receiving\s+party|discloser|disclosing\s+party|supplier|contractor|customer|processor|sub-?processor"
    r"|parties|each\s+party|licensee|leverandøren|kunden|parterne|modtageren|databehandleren|underdatabehandleren|konsulenten"
    r"|køberen|sælgeren)\s+(?:shall|must|agrees\s+to|undertakes\s+to|skal|forpligter\s+sig\s+til\s+at|er\s+enige\s+om,?\s+at|agree\s+that)\b[^.!?\n]*$",
    re.IGNORECASE,
)
# A person's full name as a field's value: "Intern: Ana Beatriz Souza".
_A_PERSON_AS_VALUE = re.compile(r"[ \t]*:[ \t]+(?-i:[A-ZÆØÅ][a-zæøåéáíóúãç]+[ \t]+[A-ZÆØÅ][a-zæøåéáíóúãç]+)")
# A definite noun ("mødet", "SSP-mødet", "medicinen"; not the participle "lukket"): data about or from one definite
# thing are this case's, not a kind ("Oplysninger fra SSP-mødet må ikke gå videre …").
_DEFINITE_NOUN = r"(?!lukket\b)[^\W\d_]+(?:-[^\W\d_]+)*(?:en|et|ne|erne|ene)\b"
# A sentence whose subject is a kind of text: "Dokumenter på lukket dagsorden må ikke printes hjemme",
# "Sager om børn behandles for lukkede døre". A definite subject ("Dokumenterne") is this text.
# A kind's plural about one definite owner's thing, which a text may not pass on: "Oplysninger om elevens helbred må
# ikke stå på opslagstavlen" is this pupil's (a statement of what is done is a scheme's rule: "Oplysninger om
# indberetterens identitet videregives ikke uden samtykke").
_KIND_ABOUT_ONES_THING_MAY_NOT = re.compile(
    rf"\s*(?:{_TEXTS_OF_A_KIND})\s+(?:om|fra)\s+(?:[\w-]+\s+og\s+)?[^\W\d_]{{3,}}(?:ens|ets)\s+[\w-]+\s+må\s+ikke\b",
    re.IGNORECASE,
)
# … and so is a kind's plural about a relative's or a citizen's thing, whatever is said of it: "Oplysninger om sønnens
# økonomi holdes ude af journalen" (the son of this case).
_KIND_ABOUT_KINS_THING = re.compile(
    rf"\s*(?:{_TEXTS_OF_A_KIND})\s+(?:om|fra)\s+(?:sønnens|datterens|morens|moderens|farens|faderens|barnets|børnenes|forældrenes"
    rf"|ægtefællens|hustruens|konens|mandens|samleverens|brorens|søsterens|borgerens|beboerens|elevens)\s+[\w-]+\s",
    re.IGNORECASE,
)
# A word named as a word: "Skal mails med ordet FORTROLIGT i emnefeltet krypteres?", "the word CONFIDENTIAL".
_THE_WORD_BEFORE = re.compile(
    r"\b(?:ordet|ordene|udtrykket|betegnelsen|(?:med|under)\s+(?:mærket|mærkningen|markeringen|stemplet|overskriften)|the\s+words?|the\s+term"
    r"|(?:with|under)\s+the\s+(?:label|marking))\s+[\"'“»]?$",  # ("dokumenter med mærket TIL TJENESTEBRUG må ikke …": a label named)
    re.IGNORECASE,
)
_RULE_ABOUT_A_KIND = re.compile(
    rf"\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}:\s*)?[\"“»']?\s*(?:alle\s+)?(?:{_TEXTS_OF_A_KIND}),?\s+(?:(?:i|på|under|fra|om|med|in|on|from|about)\s+"
    # (not about or from one definite thing, nor about someone: "Oplysninger om ham …")
    rf"(?!(?:den|det|de|the|hans|hendes|deres|his|her|their|ham|hende|dem|him|them)\b|{_DEFINITE_NOUN})"
    r"|(?:der|som|that|klassificeret|mærket|markeret|stemplet|classified|marked)\b)",
    re.IGNORECASE,
)


# Singular nouns for a person that end like a plural: "stedfar", "bror", "borger", "leder".
_ONE_PERSON_ENDINGS = ("far", "mor", "bror")
_ONE_PERSON = frozenset("borger borgeren leder lederen lærer læreren søster kunde ansøger pårørende".split())
# A modal or a copula between the subject and a restriction: "Papirer med personoplysninger skal …", "det her var …".
_VERB_AT_END = re.compile(
    r"\s*\b(?:(?:skal|må|bør|kan|shall|will|should|must|may|can)\s+(?:være|be)|skal|må|bør|kan|er|var|bliver|blev"
    r"|should|must|may|shall|will|is|are|was|were"
    # a passive verb before "ikke": "Diagnosen tages [ikke med i …]"
    r"|tages|medtages|gives|sendes|skrives|noteres|journaliseres|nævnes|deles|lægges|bringes|oplyses|udleveres)\s*$",
    re.IGNORECASE,
)
_A_KIND_QUALIFIED = re.compile(
    rf"(?:\b([^\W\d_]+)\s+)?\b(?:[^\W\d_]{{2,}}?)?(?:{_TEXTS_OF_A_KIND})\s+(?:om|fra|med|i|på|under|af|over|about|from|with|in|on|of)\s+[\w-]+(?:\s+[\w-]+)?\s*$",
    re.IGNORECASE,
)
_PRONOUN_OWNED = re.compile(r"\b(?:hans|hendes|deres|his|her|their)\s+[\w-]+\s*$", re.IGNORECASE)
_ABOUT_SOMEONE = re.compile(r"\b(?:om|about)\s+(?:ham|hende|dem|him|her|them)\s*$", re.IGNORECASE)
# … or about one definite owner's thing: "Oplysninger om elevens helbred", "om barnebarnets sag" (not "om elevers helbred")
_ABOUT_ONES_THING = re.compile(
    r"\b(?:om|fra|about)\s+(?:[\w-]+\s+og\s+)?(?:[^\W\d_]{3,}(?:ens|ets)|fars|mors|farfars|farmors|morfars|mormors|brors|søsters)\s+[\w-]+\s*$",
    re.IGNORECASE,
)  # ("oplysninger om fars helbred": a relative's)
_DEFINITE_LAST_WORD = re.compile(rf"(?<![\w-])({_DEFINITE_NOUN})\s*$", re.IGNORECASE)


def _definite_last_word(words: str) -> bool:
    last = _DEFINITE_LAST_WORD.search(words)
    return last is not None and _definite(last.group(1))


def _definite(noun: str) -> bool:
    """Does ``noun`` end as a definite noun does, and is it not a dictionary word so written ("ledningsnet",
    "kabinet" and "billet" end in -et and are indefinite)?"""
    lowered = noun.lower()
    return lowered.endswith(DEFINITE_ENDINGS) and lowered not in load_common_words()


# An English restriction's object that is this text: "Affected customers must not share [this advisory …]".
_OBJECT_THIS = re.compile(r"\s+(?:this|these|the|it|them)\b", re.IGNORECASE)
# A definite head before a qualifier says it of this text: "Navnene på de berørte medarbejdere [må ikke fremgå …]".
_DEFINITE_HEAD_QUALIFIED = re.compile(
    r"(?:^|[.!?:;–]\s*|\n\s*)[^\W\d_]+(?:ne|erne|ene|en|et)\s+(?:på|om|af|for|over|fra|hos|i|med|til|of|on|about|from)\s+"
    r"(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*$",
    re.IGNORECASE,
)
# The text the reader is asked to write: "i det brev, du skriver", "i svaret", "fremgå af svaret", "i udkastet", "i brevet".
_FOR_THE_WRITER = re.compile(
    r"\b(?:i|af)\s+(?:(?:det|den)\s+[\w-]+,?\s+(?:du|I)\s+(?:skriver|laver|formulerer)|(?:dit\s+|jeres\s+)?svar(?:et)?|teksten|udkastet"
    r"|brevet(?!\s+til\b)|mailen|e-mailen|beskeden)\b",  # ("brevet til borgeren": another's letter, kept from them)
    re.IGNORECASE,
)
# A heading's last words after a dash, perhaps with a bracket after them: group 1.
_HEADING_END = re.compile(r"[ \t#*_]*[^\n–]{1,60}?\s[–-]\s+(\w[^\n()–.!?]*?)[ \t]*(?:\([^()\n]*\))?[ \t*_]*")
# A relative clause closing a subject, between commas: "Ferieansøgninger, der indeholder helbredsoplysninger, [skal …]".
_RELATIVE_AT_END = re.compile(r",\s+(?:der|som|that|which)\s+[^,.!?\n]{1,60},\s*$", re.IGNORECASE)
_EVERYTHING_THAT = re.compile(r"\b(?:alt|alle|noget|intet|everything|anything)(?:\s+det)?\s*,?\s+(?:der|som|that)\s*$", re.IGNORECASE)


# A sentence's first one or two words before a modal or a passive verb: "Personoplysninger videregives …".
# (the regex module: the condition's clause looks back a varying width)
_A_CONDITION = regex.compile(_CONDITION, regex.IGNORECASE)
_SUBJECT_AND_VERB = re.compile(
    r"\s*((?:[^\W\d_]+\s+(?:og|eller|and|or)\s+)?(?:[^\W\d_]+\s+)?[^\W\d_-]+(?:-[^\W\d_]+)?)\s+(?:må|skal|bør|kan|[^\W\d_]{3,}es)\b",
    re.IGNORECASE,
)


def _coordinated_with_a_kind(before: str) -> bool:
    """Is a restriction the second of two joined by "og", whose subject is a kind ("Strengt fortrolige dokumenter må
    ikke sendes med almindelig mail og [må ikke lægges på fællesdrev]")?"""
    first = _FIRST_MODAL.search(before)
    return bool(first) and bool(_AND_BEFORE.search(before, first.end())) and _general_subject(_unquoted(before[: first.start()]))


def _in_a_register(text, position) -> bool:
    """Does the line at ``position``, or its block's first line (a table's header), show a register of risks or tasks or a rota,
    or a log of incidents or tickets ("dato;hændelse;berørte;status", whose rows are closed when dealt with)?"""
    block_start = text.rfind("\n\n", 0, position) + 2 if "\n\n" in text[:position] else 0
    header = line_around(text, block_start)
    return bool(_REGISTER.search(line_around(text, position)) or _REGISTER.search(header) or _A_LOG_HEADER.search(header))


def _opens_a_fields_value(text, line_start, start) -> bool:
    """Does the restriction open a field's value ("Oplysninger om offentliggørelse: Må ikke oplyses til …")? The label
    before its colon names the field; it is not the restriction's subject."""
    return text[start].isupper() and text[line_start:start].rstrip().endswith(":")


def _a_place_closed(sentence) -> bool:
    """Is "lukket" said of a place or a service rather than of a text or a meeting ("Hallen er lukket", "Sal lukket til
    11. januar", a door's sign: "Lukket for offentligheden indtil 11. januar pga. renovering")?"""
    closed = _A_PLACE_CLOSED.search(sentence)
    if closed:
        return not _CLOSABLE_TEXTS.search(closed.group(1))
    if _A_PLACE_CLOSED_TO_THE_PUBLIC.search(sentence):
        return True  # "kl. 07.15: parken lukket for offentligheden" (not "Mødet er lukket for offentligheden")
    if _A_CLOSED_EVENT.search(sentence):
        return True  # "Lørdag er der lukket prøve for bandene": an event without an audience
    return bool(_CLOSED_TILL_A_DATE.search(sentence)) and not _A_CLOSABLE_TEXT_NAMED.search(sentence)


def _unquoted(lead: str) -> str:
    """The lead without quote marks: a rule quoted from a guideline keeps its subject ('screeningsresultater "skal …')."""
    return re.sub(r"[\"“”«»]", "", lead)


def _general_subject(lead: str) -> bool:
    """Is the clause before a restriction a bare plural noun ("Personoplysninger", "CPR-numre") or a noun
    any text of its kind would be ("en pressemeddelelse", "alle indberetninger", "alt det, der")?"""
    lead = _VERB_AT_END.sub("", lead)  # "Papirer med personoplysninger skal [makuleres efter brug]"
    lead = _RELATIVE_AT_END.sub("", lead)  # "Ferieansøgninger, der indeholder helbredsoplysninger, skal …"
    kind = _A_KIND_QUALIFIED.search(lead)
    if _EVERYTHING_THAT.search(lead) or (kind and (kind.group(1) or "").lower() not in _DETERMINERS
                                         and not _definite_last_word(kind.group()) and not _PRONOUN_OWNED.search(kind.group())
                                         and not _ABOUT_SOMEONE.search(kind.group()) and not _ABOUT_ONES_THING.search(kind.group())):
        return True  # "alt det, der …", "sager om børn [drøftes kun af …]" (not "disse sager om børn", nor
        # "Oplysninger om medicinen [gives ikke til far]": about one definite thing, these are this case's; nor
        # "Oplysninger om hendes økonomi [sendes kun via sikker post]", "Oplysninger om ham [må ikke gå videre …]": someone's
        # in this text)
    if _DEFINITE_HEAD_QUALIFIED.search(lead):
        return False  # "Navnene på de berørte medarbejdere": the head, not the last noun, is the subject
    match = _SUBJECT.search(lead)
    if not match:
        return False
    determiner, noun = (match.group(1) or "").lower(), match.group(2).lower()
    if _PRONOUN_OWNED.search(lead):
        return False  # someone's in this text: "Hans cpr [holdes internt i teamet]"
    if determiner in _GENERAL_DETERMINERS:
        return True  # "en pressemeddelelse må ikke bringes …", "Alle indberetninger behandles fortroligt"
    if determiner in _DETERMINERS or _definite(noun) or noun in _ADVERBS:
        return False  # "Oplysningerne", "Følgende oplysninger", "det her" say it of this text
    if determiner.endswith(("ens", "ets")):
        return False  # one owner's: "Kriminalforsorgens oplysninger" (a group's are a kind: "Elevernes oplysninger")
    if noun.endswith(_ONE_PERSON_ENDINGS) or noun in _ONE_PERSON:
        return False  # "mor og stedfar [må ikke orienteres …]": one person, not a kind
    if noun.endswith(("ets", "ens", "nes")):
        return False  # a definite genitive owns what follows: "udvalgets [ikke-offentlige dagsorden]"
    return noun.endswith(("er", "re", "r", "s"))


def _placed(name: str, places: dict[str, str], body: str, score: float) -> list[Pattern]:
    """One pattern per place a marking may stand (``places``: where → what comes before the marking).

    The regex engine skips ahead to a pattern's first character, but tries every branch of an alternation
    at every position: three patterns that start with "^", "." and "–" cost a fraction of one that starts
    with a choice of all three. What precedes ``\\K`` is matched but left out of the span.
    """
    return [Pattern(f"{name}, {where}", before + body, score) for where, before in places.items()]


#: Where a heading's marking stands: at a line's start (after bullets, a label such as "Emne:"), after a
#: sentence's end, after a dash.
_HEADING_PLACES = {"at a line's start": rf"^{_LINE_START}", "after a sentence": r"[.!?]\s\K", "after a dash": r"\s[–-]\s\K"}
#: Where a note of whom a text is kept to stands: at a line's start, after a dash or a colon, in brackets.
_NOTE_PLACES = {"at a line's start": rf"^{_LINE_START}", "after a dash or colon": r"[–\-:]\s\K", "in brackets": r"\([ \t]*\K"}


class DkConfidentialMarkerRecognizer(DanishPatternRecognizer):
    """Recognize confidentiality, embargo, closed-session and access markings (da, en)."""

    PATTERNS = [
        # Case is part of the signal for levels in capitals.
        Pattern("level in capitals (sure)", rf"(?-i:\b(?:{_LEVEL_CAPITALS_SCANNED})\b)", SURE),
        Pattern("level in capitals in a file name (likely)", rf"(?-i:(?<=[\w-]_)(?:{_LEVEL_CAPITALS})(?=[_.]))", LIKELY),
        # … or closing a channel's or a folder's name joined by hyphens: '"KS-Storm-Fortrolig"'
        Pattern("level closing a name of joined words (likely)", r"(?-i:(?<=\w-)(?:Fortrolig[t]?|FORTROLIG[T]?)(?=[\"'”»]))", LIKELY),
        Pattern(
            "strictly confidential (sure)",
            r"\b(?:strengt\s+fortrolig[et]?|strictly\s+confidential|private\s+and\s+confidential|strictly\s+private|strengt\s+privat|strengt\s+internt?)\b",
            SURE,
        ),
        Pattern("level typed with caps lock on (sure)", r"(?-i:\b[a-zæø](?:ORTR?OLL?IG(?:T|E)?|EMMELIGT?|ONFIDENTIAL|ERSONFØLSOMT))\b", SURE),
        # A line that starts with a level: "Fortroligt", "Fortrolig personalesag", "Klassifikation: intern", also joined
        # to a unit's abbreviation ("HR-fortroligt: …", "SSP-fortroligt, må ikke …"), after a list's number ("3. Fortroligt:
        # Mulig inhabilitet …").
        # "Intern" alone heads a line as a marking; "Intern uddannelse i Excel" is a subject. (The level's abbreviation may
        # follow it in brackets: "Til tjenstlig brug (TTB) – UTH-rapport".)
        Pattern(
            "level heading a line (likely)",
            rf"^{_LINE_START}(?:\d{{1,2}}[.)][ \t]+\K)?(?:(?-i:[A-ZÆØÅ]{{2,6}})-)?(?:(?:{_LEVEL})\b(?=(?:[ \t]+[\w-]*(?:{_DOCUMENT})\w*)?(?:[ \t]*\((?-i:[A-ZÆØÅ]{{2,5}})\))?[ \t*_\])]*(?:[:.\-–|)\]!·]|$)|(?![ \t]+med\b)[ \t]+[^\W\d_][^\n.?!]{{0,40}}$"
            r"|[ \t]+[\w-]+(?=[ \t]*:[ \t])"  # a level and one word before a colon: "Fortroligt stand-by-svar: Hvis …"
            rf"|[ \t]+[\w-]*(?:{_DOCUMENT})\w*\b(?![^\n]*\b(?:må|skal|bør|kan|must|should|may)\b))"
            rf"|(?:intern[t]?|internal)\b(?=[ \t*_\])]*(?:[:.\-–|)\]!]|$)))",
            LIKELY,
        ),
        # A calendar's entry kept private: "Tirs 14-15: Privat – lægebesøg" (capitalised, after a time and before a dash;
        # "(privat)" after a phone number says which number it is)
        Pattern(
            "a private entry in a calendar (likely)",
            r"(?-i:Privat|PRIVAT)(?<=\d{1,2}(?:[.:]\d{2})?(?:[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?)?:?[ \t](?-i:Privat|PRIVAT))"
            r"(?=[ \t]+[–-][ \t]|[ \t]+\([^()\n]{1,30}\)[ \t]*$)"  # (or before what it is in brackets: "Tir 14.00: Privat (tandlæge)",
            r"|privat(?<=\d{1,2}[.:]\d{2}:?[ \t]privat)(?=[ \t]+\([^()\n]{1,30}\)[ \t]*$)",  # also typed in lower case)
            LIKELY,
        ),
        # A handling note heading a line, or closing it after a dash or a colon: protected data ("Beskyttede oplysninger",
        # "Beskyttede elevdata – eksport fra …", not "Beskyttede adresser findes i CPR"; "Beskyttet – pårørendeoplysninger"), restricted access ("Sikkerhed for
        # politikere – Begrænset adgang"), shielded ("Emne: Skærmet: …"), secure mail ("Sikker mail: …"), kept in the house
        # or a circle ("Bliver i huset: …"), handed back to a role, secrecy ("– tavshedspligt gælder", ": UNDER TAVSHEDSPLIGT").
        Pattern(
            "a handling note heading or closing a line (likely)",
            rf"^{_LINE_START}\K(?:beskyttede?\s+[\w-]*(?:oplysning(?:er)?|data)(?=[ \t*_]*:?[ \t]*$|[ \t]+[–-][ \t])|beskyttet(?=[ \t]+[–-][ \t])"
            r"|tavshedspligt(?:en)?\s+gælder(?=[ \t]+[–-][ \t]|[ \t]*:?[ \t]*$)"  # ("Tavshedspligt gælder – ekspropriationen er ikke afsluttet")
            r"|bliver\s+i\s+huset(?=[ \t]*[:–-])|(?:begrænset|restricted)\s+adgang(?=[ \t]*(?:[:–-]|$))|skærmet(?=[ \t]*[:–-])"
            r"|sikker\s+(?:mail|post)(?=[ \t]*:[ \t]*(?!via\b|på\b|www\.|https?:)\S)"  # (not a contact page's "Sikker post: via borger.dk")
            # kept in a circle until something: "Bliver i ledergruppen til anmeldelsen er sendt"
            rf"|(?:bliver|skal\s+blive)\s+(?:i|inden\s+for)\s+(?:{_CIRCLE})\b(?:,?{_CONDITION})?"
            # kept in this group, also after a speaker: "KHV: holdes i denne gruppe – …"
            rf"|(?:[\w-]+:[ \t]+)?\K(?:holdes|bliver)\s+i\s+(?:denne\s+(?:gruppe|kreds|chat|tråd)|{_CIRCLE})(?=[ \t]*(?:[:–-]|$))"
            # handed back to a role: "Skal returneres til vagthavende efter vagten"
            rf"|skal\s+(?:returneres|afleveres)\s+til\s+{_ROLES}\b(?:\s+efter\s+[\w-]+)?)"
            # kept in a unit, closing a bracket or a heading after a comma: "(personoplysninger, bliver på afdelingen)",
            # "Hjemmeplejen – indsat fra Nexus, skal blive i teamet:"
            rf"|\b(?:bliver|skal\s+blive)(?<=(?:\([ \t]?|,[ \t])(?:bliver|skal\s+blive))\s+(?:i|på)\s+(?:{_CIRCLE})(?=[ \t]*[):]|[ \t]*$)"
            r"|[–-][ \t]\K(?:(?:begrænset\s+adgang|restricted\s+access)(?:[ \t]*\([^()\n]{1,40}\))?|beskyttet(?<!adresse[^\n]{0,25}beskyttet)(?:[ \t]+[\w-]*oplysning)?"
            r"|beskyttede[ \t]+[\w-]*oplysninger|skærme(?:t|de)|tavshedspligt(?:en)?\s+gælder(?:\s+(?:også\s+)?over\s+for\s+[\w-]+)?)(?=[ \t]*:?[ \t]*(?:$|[\"”])|[ \t]+[–-][ \t])"
            # secrecy applying, closing a heading after its comma: "Skolesundhed – journalnotat, tavshedspligt gælder"
            r"|,[ \t]\Ktavshedspligt(?:en)?\s+gælder(?=[ \t]*$)"
            # under professional secrecy as a line's value: "Til HR-partner: UNDER TAVSHEDSPLIGT"
            r"|:[ \t]+\Kunder\s+tavshedspligt(?=[ \t]*$)"
            # a level opening a bracket, until a condition: "(fortroligt indtil byrådets behandling 27. januar)"
            r"|\(\K(?:strengt\s+)?fortrolig[t]?\s+(?:indtil|til|før)\s+[^\n()]{1,60}(?=\))"
            # not to be mailed, as a note: "Notat til sagen – følsomt, undgå at sende på mail"
            r"|\bundgå\s+at\s+(?:sende|dele|videresende|maile)\s+(?:den\s+|det\s+|dem\s+)?(?:på|via|pr\.?|per|som)\s+(?:almindelig\s+)?(?:e-?mail|mail|sms)\b"
            # sensitive data closing a bracket after its dash: "(klip fra Nexus – følsomme personoplysninger)"
            r"|[–-][ \t]\Kfølsomme\s+(?:person)?oplysninger(?=[ \t]*\))"
            # the official level in capitals without its "til", heading a line: "TJENESTEBRUG – sagen er verserende"
            rf"|^{_LINE_START}\K(?-i:TJENESTEBRUG)\b"
            # not enclosed, after a heading's comma: "Internt notat, vedlægges ikke afgørelsen"
            r"|,[ \t]\K(?:vedlægges|sendes|udleveres)\s+ikke\s+(?:afgørelsen|svaret|brevet|[\w-]+(?:en|et))(?=[ \t]*$)"
            # this mail kept to a role: "Denne mail er kun til ledere og må ikke deles med de unge"
            r"|\b(?:denne|dette)\s+(?:mail|e-?mail|besked|notat|dokument|brev|referat)\s+er\s+\K(?:kun|alene|udelukkende)\s+(?:til|for)\s+[\w-]+"
            # strictly for a department, heading a line: "strictly HR – quick question"
            rf"|^{_LINE_START}\Kstrictly\s+(?-i:[A-Z]{{2,5}})\b(?=[ \t]*[–:-])"
            # closed to some, in a bracket: "Opsummer kort for teammødet (lukket for praktikanter):"
            r"|\(\K(?:lukket|closed)\s+for\s+[\w-]+(?=\))"
            # journalised in a shielded folder, as a heading's note: "Fortrolig plejebarnsnote – journaliseres i skærmet mappe"
            r"|[–-][ \t]\Kjournaliseres\s+i\s+(?:en\s+|den\s+)?(?:skærme[dt]e?|lukke[dt]e?|beskytte[dt]e?|fortrolige?)\s+[\w-]+"
            # personal, closing a heading to one reader: "Til skolelederen – personlig"
            rf"|^{_LINE_START}\K(?=til\s)[^\n–]{{3,40}}[–-][ \t]personlig[t]?(?=[ \t]*$)"
            # held until a time, as a news item's embargo: "Nyhed til Skovkrage Avis, spærret til fredag kl. 12:" (not a road: "Vejen
            # – spærret til mandag")
            rf"|\b(?:pressemeddelelse|[\w-]*nyhed|artikel|udmelding|pressesvar|[\w-]*udtalelse)\w*\b[^\n.!?]{{0,40}},\s+\Kspærret\s+(?:til|indtil)\s+(?:{_WHEN})"
            # on trust that it goes no further: "i tillid til at det ikke går videre til ham endnu"
            r"|\b(?:i\s+tillid\s+til,?\s+at\s+)?det\s+ikke\s+går\s+videre\b(?:\s+til\s+[\w-]+)?(?:\s+endnu)?"
            # locked away, as a note: "– personfølsomme oplysninger, låses i personalemappen"
            r"|\blåses\s+(?:inde\s+)?i\s+(?:[\w-]+\s+)?[\w-]*(?:mappe|mappen|skab|skabet|arkiv|arkivet)\b"
            # exempt from access, closing a document's line in a decision on access: "Dok 2: Mail fra … – undtaget", "Nej – undtaget"
            r"|[–-][ \t]\Kundtaget(?=[ \t]*$)"
            # handled under professional secrecy, as a heading's note: "Personoplysninger om barn – behandles efter tavshedspligten"
            r"|[–-][ \t]\Kbehandles\s+(?:efter|under|med)\s+(?:tavshedspligt(?:en)?|fortrolighed)(?=[ \t]*(?:$|[.:]))"
            # to be opened by its addressee, as a heading's note: "Personligt – åbnes af modtager", "to be opened by the addressee only"
            r"|[–-][ \t]\K(?:må\s+)?(?:kun\s+)?åbnes\s+(?:kun\s+)?af\s+(?:modtager(?:en)?|adressat(?:en)?)\b|\bto\s+be\s+opened\s+by\s+(?:the\s+)?addressee\b(?:\s+only)?"
            # a secure mail required, as a subject line's note: "Emne: SV: Værditab – Lundgren – sikker mail påkrævet"
            r"|[–-][ \t]\Ksikker\s+(?:e-?)?(?:mail|post)\s+(?:påkrævet|krævet|nødvendig|required)(?=[ \t]*$)",
            LIKELY,
        ),
        # A text said to be internal: "Notatet er internt og undtaget fra aktindsigt"; in English, for a few only:
        # "This letter is for the family and the class teacher only".
        Pattern(
            "a text said to be internal or for a few only (likely)",
            rf"\bintern[t]?(?<=\b(?:[\w-]*(?:{_DOCUMENT})\w*|[\w-]*logg?en|[\w-]*logbog\w*)\s+er\s+intern[t]?)\b(?!\s+(?:i|på|for|hos)\b)"
            r"|\bfor(?<=\b(?:letter|e-?mail|document|note|report|memo|message|information)\s+(?:is|are)\s+for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+only\b",
            LIKELY,
        ),
        # Readers or recipients as a heading's note after its dash, in English or Danish: "Klasseliste skitur – only for teachers
        # on the trip", "Internt planlægningsdokument – ingen eksterne modtagere" (not a sign: "For staff only"); or after a
        # level, closing its sentence: "det er fortroligt selvf. og kun til ledergruppen".
        Pattern(
            "readers as a heading's note (likely)",
            r"[–-][ \t]\K(?:only\s+for\s+(?:the\s+)?(?:teachers|staff|managers|leaders|employees|nurses|caseworkers|social\s+workers|team|board"
            r"|management|HR)\b(?:[ \t]+[\w-]+){0,3}|ingen\s+eksterne\s+(?:modtagere|læsere|parter)|no\s+external\s+(?:recipients|distribution))(?=[ \t]*$)"
            rf"|\bog\s+\Kkun\s+til\s+(?:{_ROLES}|[\w-]*(?:gruppen|teamet|ledelsen))(?<=\b(?:fortroligt?|internt?)\b[^\n!?]{{0,30}}\bog\s+kun\s+til\s+[^\n]{{1,60}})(?=[ \t]*(?:[.!]|$))",
            LIKELY,
        ),
        # A heading's level with its condition: "Fortroligt indtil offentliggørelse.", "Internt til og med fredag".
        *_placed("level with a condition (strong)", _HEADING_PLACES, rf"(?:{_LEVEL}|intern[t]?)(?:{_CONDITION})", STRONG),
        # A note of its own closing a line, also abbreviated: "… ifølge mor. internt", "[husk tolk] FORTR.", "strengt fortr.",
        # "må jeg nævne det? ml. os" (the words first, what stands before them looked for behind them)
        Pattern(
            "level closing a line as a note of its own (likely)",
            r"\b(?:(?:strengt\s+)?(?:fortr\.|fortroligt?)|internt|personfølsomt|(?:mellem|ml\.)\s+os)"
            r"(?<=(?:^|[.!?\]]\s|[.!?]\s\s)[ \t]*(?:(?:strengt\s+)?(?:fortr\.|fortroligt?)|internt|personfølsomt|(?:mellem|ml\.)\s+os))"
            # … or before what it concerns: "Hvordan undersøger vi det? Internt – vedr. ligebehandling"
            r"(?=[ \t]*[.!]?[ \t]*$|[ \t]+[–-][ \t]+(?:vedr\.|vedrørende|ang\.|angående|re:)[^\n]{1,60}$)",
            LIKELY,
        ),
        # After a dash or in brackets at the end of a line: "Udskrevet fra Nexus … – Fortroligt", "(fortroligt)".
        Pattern(
            "level in a footer or brackets (likely)",
            # (from the dash or bracket, which \K leaves out of the span: cheaper than a look-behind at every position)
            # ("Farah Haddad (intern)" is an internal applicant: "intern" counts after a dash only)
            rf"(?:[–-]\s(?:(?-i:[A-ZÆØÅ]{{2,5}})\s)?\s*\K(?:{_LEVEL}|intern[t]?|{_SENSITIVE_FOR_PEOPLE}|sensitiv[te]?)|[\[(]\s*\K(?:{_LEVEL}))\b"
            rf"(?=\s*(?:!*[)\]]|[.:]?[ \t]*$)|[ \t]+(?:{_DOCUMENT})\w*[ \t]*-{{2,}}[ \t]*$|,[ \t]+(?:ikke|kun|må|indeholder|kassér|kasser|kasseres|makulér|makuler|makuleres|slet|slettes)\b"
            r"|[ \t]+·[ \t]+(?:ikke|kun)\b)"  # ("Sag om chikane – Fortrolig · kun sagsbehandlende HR-konsulent")
            # in brackets before a dash or a word: "(personfølsom – chaufføren sletter listen efter turen)", "(fortrolig journal)"
            rf"|[\[(]\s*\K(?:{_LEVEL})\b(?=[ \t]+[–-][ \t]|[ \t]+[\w-]+(?:[,)\]]|[ \t]+[–-][ \t]))"  # ("(Fortrolig revisionsrapport – udkast)")
            # a level that is a line's whole value after a label: "Slide 1: Commercial in confidence"
            rf"|:[ \t]+(?<!\b(?:adresse|address|bopæl|telefon|tlf|telefonnummer|mobil|phone)[ \t]*:[ \t]+)\K(?:{_LEVEL})(?=[ \t]*(?:$|,))"
            # a level after a heading's dash before a document word ending the line or its part: "Indstilling – Klausuleret bilag
            # vedlagt", "Sundhedsplejenotat – Fortrolig journal, Elias K., 6.a"
            # (capitalised: not a course's title, "– fortrolige oplysninger i hverdagen")
            rf"|[–-][ \t]\K(?-i:(?=[A-ZÆØÅ]))(?:{_LEVEL})(?=[ \t]+(?:{_DOCUMENT})\w*(?:(?:[ \t]+[\w-]+)?[ \t]*$|,))"
            # "intern" or a level closing a text's heading after a comma (not a list of people: "Lise Krag, intern"),
            # also after the text's owner or kind: "Demenskoordinatorens notat, klausuleret", "Intern note, tilsynsfortroligt: …"
            rf"|^[ \t#*]*(?:[\w-]+[ \t]+)?[\w-]*(?:{_DOCUMENT})\w*\b[^\n]{{0,60}},[ \t]*\K(?:intern[te]?|skærme(?:t|de)|{_LEVEL})(?=[ \t]*(?::|$))"
            # … or a heading's part after its dash and a comma: "Dispensationsansøgning – sagsbehandlernoter, interne"
            rf"|[–-][ \t][\w-]*(?:{_DOCUMENT}|noter)\w*,[ \t]*\K(?:intern[te]?)(?=[ \t]*$)"
            # … or after the unit that wrote it, heading its text: "Skolesundhedsplejen, intern" over "Helbredsoversigt …"
            rf"|^[ \t#*]*(?:{_UNIT}),[ \t]*\K(?:intern[t]?|{_LEVEL})(?=[ \t]*\n[ \t]*\S)"
            r"|\b(?:klassificeret|klassifikation|klassificering|sikkerhedsniveau|classification):[ \t]*\K(?:intern[t]?|internal)\b"
            # between a heading's dashes, or before a word and a colon: "Bilag 2 – Følsomt – personoplysninger",
            # "Elevsag – fortrolig elevoplysning: …"
            rf"|[–-][ \t]\K(?:{_LEVEL}|følsom[te]?)(?=[ \t]+[–-][ \t]|[ \t]+[\w-]+[ \t]*:)"
            # … or before the colon that opens the message, after a dash or a comma: "Besked til natholdet – beboerfortroligt: Jens
            # fik …", "Hej ChatGPT, konfidentielt: jeg er leder …" ("– klassificeret: tjenstlig, …" is a label before its level)
            rf"|[–,-][ \t]\K(?!klassificere|classified)(?:{_LEVEL}|følsom[te]?|internt)(?=[ \t]*:[ \t]+\S)"
            # a level after a heading's dash before its reason: "Sagsfremstilling – fortrolig af hensyn til forhandlingerne"
            rf"|[–-][ \t]\K(?:{_LEVEL})(?=[ \t]+af[ \t]+hensyn[ \t]+til[ \t])"
            # a level after a heading's comma before its one reader: "Whistleblowerindberetning – anonymiseret, strengt
            # personlig til udvalgsformanden"; sensitive data closing a heading after its dash: "– TIL DPO – følsomme logdata"
            rf"|,[ \t]\K(?:{_LEVEL})(?=[ \t]+til[ \t]+[\w-]+[ \t]*$)"
            # … or before its condition: "Forpagtningsaftale – udkast, forhandlingsfortroligt indtil underskrift"
            rf"|(?<=[–-][^\n]{{1,30}},[ \t])(?:{_LEVEL})(?=[ \t]+(?:indtil|til\s+og\s+med|until)[ \t])"
            r"|[–-][ \t]\K(?:følsomme|fortrolige|personfølsomme)(?=[ \t]+[\w-]*(?:data|oplysninger)[ \t]*$)"
            # a level after a comma before a text's name: "Underretning – Malthe B., 0.B, Klausuleret elevsag"
            rf"|,[ \t]\K(?:{_LEVEL})(?=[ \t]+[\w-]*(?:{_DOCUMENT})\w*\b)"
            # "intern" between a heading's dashes: "Notat fra hjemmebesøg – intern – MBJ"
            r"|[–-][ \t]\Kintern[t]?(?=[ \t]+[–-][ \t])",
            LIKELY,
        ),
        Pattern(
            "level as a table cell (likely)",
            # (not a row of opening hours: "| Vesterby | 8.00-15.00 | lukket |")
            rf"(?<=[;|\t])[ \t]*(?:{_LEVEL}|intern[t]?|lukket(?<!{_TIME_RANGE}[^\n]*)(?![^\n]*{_TIME_RANGE})|forretningshemmelighed(?:er)?)"
            r"(?=[ \t]*(?:[;|\t]|$))",
            LIKELY,
        ),
        Pattern(
            "closed item said so (strong)",
            r"(?:(?:lukket|closed)(?<=\b(?:punktet|mødet|dagsordenspunktet|punkt\s+\d+|the\s+item|the\s+meeting|item\s+\d+)\s+(?:er|bliver|is|will\s+be|skal\s+være)\s+(?:lukket|closed))"
            # "sagen er lukket" alone is a case closed; for someone, or with why, it is closed to them
            r"|lukket(?<=\bsagen\s+(?:er|bliver|skal\s+være)\s+lukket)(?=\s+(?:for|fordi|da|pga)\b)"
            # an item shielded: "Punkt 6 er skærmet og må ikke lægges på hjemmesiden"
            r"|skærmet(?<=\b(?:punktet|dagsordenspunktet|punkt\s+\d+)\s+(?:er|bliver|skal\s+være)\s+skærmet))\b"
            r"(?:\s+for\s+[\w-]+(?:erne|ene|en|et)(?:\s+i\s+[\w'’-]+)?)?",
            STRONG,
        ),
        Pattern(
            "closed item in its heading (strong)",
            r"lukket(?<=(?:\bpunkt\s+\d+|^[ \t#*]*\d{1,2}[.)])(?:[^\n]{0,120}?[–\-:|])?\s*lukket)\b(?:\s+for\s+offentligheden)?(?=[ \t*]*(?:$|:|jf\.?\s))",
            STRONG,
        ),
        # "et fortroligt notat", "the attached confidential report" (not a talk offered: "alle ansatte kan få en fortrolig
        # samtale med en psykolog").
        Pattern(
            "level before a document word (likely)",
            rf"\b(?<!\b(?:få|får|fik|tilbyde|tilbydes|tilbyder|tilbud\s+om|booke|book|bestille|ønske\s+om|mulighed\s+for)\s)(?:(?:et|en|dette|denne|disse|vores|vedhæftede|vedlagte|følgende|nedenstående|mit|min|mine|the|this|these|attached)"
            rf"\s+(?:[^\W\d_]+\s+)?|(?:det|den|de)\s+)(?:{_LEVEL})\s+(?:[\w]+-|(?:for|før|mellem|pre-?)\s*)?(?:{_DOCUMENT}|vurdering|assessment)(?!tilbud|forløb|rum\b)\w*",
            LIKELY,
        ),
        # "Oplysningerne er fortrolige", "skal behandles fortroligt" ("fortrolig med Excel" is familiarity).
        Pattern(
            "level said of the text (likely)",
            r"\b(?:(?:er|is)\s+)?(?:klassificeret|markeret|mærket|classified|marked)\s+(?:som|as)\s+(?:følsom[t]?|sensitive|intern[t]?|internal)\b|"
            # to be marked so, said of this text: "Notatet skal markeres som følsomt"
            rf"\b(?:skal|bør)(?<=\b[\w-]*(?:{_DOCUMENT})(?:n|en|t|et|erne|ne)\s+(?:skal|bør))\s+(?:markeres|mærkes|klassificeres)\s+som\s+"
            rf"(?:følsom[t]?|intern[t]?|{_LEVEL})\b|"
            # (not asked of the concept: "en pjece om hvad er personfølsomme oplysninger")
            rf"\b(?<!\b(?:hvad|hvilke|what|which)\s+)(?:(?:er|is)\s+klassificeret(?:\s+som)?|er|erklæres|behandles|behandlet|holdes|holdt|markeret(?:\s+som)?|mærket(?:\s+som)?|betragtes\s+som|klassificeret\s+som"
            rf"|behandles\s+som|behandlet\s+som|is|are|marked(?:\s+as)?|(?:treat(?:ed)?|handle(?:d)?)\s+(?:(?:this|it|these|them)\s+|the\s+(?:[\w-]+\s+){{1,5}}?)?as|kept)"
            rf"\s+(?:strengt\s+|strictly\s+)?(?:{_LEVEL})\b(?!\s+med\b)(?!(?<=klassificeret)\s+(?:som|as)\b)"  # (not "14 er klassificeret som alvorlige")
            # treated as closed, said of this text ("Mail til udvalgsmedlemmer, skal behandles som lukket materiale:"; not
            # asked: "Hvornår skal et punkt behandles som lukket punkt?")
            r"|\bbehandles\s+som\s+(?:lukket\s+(?:materiale|sag|punkt)|lukkede\s+(?:punkter|sager))(?=[ \t]*(?:[:.–-]|$))",
            LIKELY,
        ),
        # Published no earlier than a date, as an embargo says it: "Embargo: Offentliggøres tidligst 20. januar kl. 10.00".
        Pattern(
            "published no earlier than a date (strong)",
            rf"\b(?:offentliggøres|publiceres|udsendes|bringes|frigives)\s+(?:tidligst|først)\s+(?:den\s+|d\.\s*)?\d{{1,2}}\.\s*(?:{_MONTHS}|\d{{1,2}}\b)"
            r"(?:[^\n.!?;]{0,40})?",
            STRONG,
        ),
        # A level right after a heading's dash, before a comma: "Notat til personalesagen – Tavshedsbelagt, kun HR-chef",
        # "Bilag 3 – fortroligt, udleveres på mødet og indsamles igen" (125 on the read sets, all markings).
        Pattern("level after a heading's dash before a comma (likely)", rf"(?<=^[^\n–]{{2,80}}[ \t][–-][ \t])(?:{_LEVEL})(?=,)", LIKELY),
        # Deleted once read, as asked: "Slet beskeden når du har læst den".
        Pattern(
            "delete once read (likely)",
            r"\bslet\s+(?:venligst\s+|gerne\s+)?(?:beskeden|mailen|sms'en|den|det|denne\s+[\w-]+|dette)\s+(?:igen\s+)?(?:når|efter)\s+(?:du\s+har\s+læst\s+(?:den|det)|læsning)",
            LIKELY,
        ),
        # A minutes', log's or talk's not going out, said of it: "Referatet af den lukkede del udsendes ikke", "Logbogen deles
        # ikke med eksterne", "Drøftelsen er uformel og refereres ikke".
        Pattern(
            "minutes or a log not going out (likely)",
            r"\b(?:referatet|logbogen|loggen|drøftelsen|notatet)\b[^\n.!?]{0,40}?\s\K(?:udsendes|refereres|deles|offentliggøres)\s+ikke\b"
            r"(?:\s+(?:med|til)\s+[\w-]+)?",
            LIKELY,
        ),
        # Quotes or a text not used before an approval: "Citater må ikke bruges før de er godkendt af den interviewede".
        Pattern("not used before approval (likely)", r"\b(?:må|skal)\s+ikke\s+bruges,?\s+(?:før|inden)\s+[^\n.!?;]{1,60}", LIKELY),
        # An embargo's English condition: "EMBARGO: not before Thursday 17 December, 12:00 CET".
        Pattern("embargo's condition in English (strong)", r"(?<=\bembargo[ \t]*:[ \t]*)not\s+before\s+[^\n)]{1,50}", STRONG),
        # A version not final, said of it: "versionen her er ikke endelig".
        Pattern("a version not final (likely)", r"\b(?:versionen|teksten|udkastet)(?:\s+her)?\s+er\s+\Kikke\s+endelig(?:t)?\b", LIKELY),
        # A closed case heading a line before its readers: "Lukket børnesag – kun sagsbehandler og teamleder" ("Sagen er
        # lukket" closes a case).
        Pattern(
            "a closed case heading a line (likely)",
            rf"^{_LINE_START}\Klukket[ \t]+[\w-]*(?:sag|journal|notat)\b(?=[ \t]+[–-][ \t]+(?:kun|ikke)\b)",
            LIKELY,
        ),
        # Kept to some, heading a line in English or with "alene": "Strictly for HR business partners", "For teamleder og
        # AMR alene: …".
        Pattern(
            "for some alone, heading a line (likely)",
            rf"^{_LINE_START}\K(?:strictly\s+for\s+[^\n:]{{1,50}}?(?=[ \t]*:?[ \t]*$)|for\s+{_ROLES}\s+alene\b)",
            LIKELY,
        ),
        # Shared or sent only to some, or not, after a heading's dash: "Hjemmeplejen Syd – deles kun med de faste medarbejdere
        # på ruten", "Lukkede punkter – udsendes kun til udvalgets medlemmer:".
        Pattern(
            "shared only with some after a heading's dash (likely)",
            r"(?<=^[^\n–:]{3,60}[ \t][–-][ \t])(?:deles|sendes|udsendes|videresendes|udleveres)\s+(?:kun|ikke)\s+(?:med|til)\s+[^\n:]{1,60}?(?=[ \t]*:?[ \t]*$)",
            LIKELY,
        ),
        # A stand-by answer's English restriction: "– do not use unless asked".
        Pattern("not used unless asked (likely)", r"\bdo\s+not\s+use\s+unless\s+[\w-]+", LIKELY),
        # No access for some, after a dash or a heading's comma: "Journalen er beskyttet – ingen adgang for lærere", "Journal –
        # sundhedsplejen, ingen adgang for skolens personale" (not a shop's "lukket, ingen adgang for kunder", nor a beach's
        # "– ingen adgang for hunde").
        Pattern(
            "no access for some (likely)",
            r"\bingen(?<=(?:[–-][ \t]|^[^\n,.]{1,40}[ \t][–-][ \t][^\n,.]{1,40},[ \t])ingen)\s+adgang\s+for\s+"
            r"(?!(?:hunde|heste|biler|cykler|knallerter|kunder|trafik|gæster|offentligheden)\b)(?:[\w-]+s\s+)?(?:[\w-]+\s+og\s+)?[\w-]+",
            LIKELY,
        ),
        # Information staying in a unit: "Samtykke til videregivelse: nej – oplysningerne forbliver i jobcentret".
        Pattern(
            "information staying in a unit (likely)",
            rf"\b(?:oplysningerne|notatet|sagen|listen|papirerne|mappen|(?:denne|dette)\s+(?:liste|notat|oversigt|mappe|papir))\s+\K(?:forbliver|bliver)\s+(?:i|på|inden\s+for)\s+(?:{_UNIT}|{_CIRCLE})(?=[ \t]*(?:[.,;:)–-]|$))",
            LIKELY,
        ),
        # Without the public, as a closed item is said to be: "Punkt 3 (uden offentlighed):", "Behandles uden offentlighed"
        # (asked about: "hvornår et punkt må behandles uden offentlighed?" is a topic).
        Pattern("without the public (likely)", r"\buden\s+offentlighed(?:ens\s+adgang)?\b", LIKELY),
        # Of such a nature, or screened: "Oplysningerne er af fortrolig karakter", "Sagen er skærmet", "of a confidential nature".
        Pattern(
            "of a confidential nature, screened (likely)",
            r"\b(?:er|is|are)\s+(?:af\s+(?:(?:strengt|meget)\s+)?(?:fortrolig|personfølsom|følsom|personlig|intern)\s+karakter"
            r"|of\s+a\s+(?:highly\s+|strictly\s+)?(?:confidential|sensitive|personal)\s+nature|skærmet(?=\s*(?:[.,;!]|$)))"
            r"|\b(?:skal|bør)\s+skærmes\b"
            # a case labelled so in the records system: "SAGSNOTAT – skærmet sag", "AFSKÆRMET SAG" (not the kind: "adgang
            # til skærmede sager", nor one case named: "borgeren i den skærmede sag")
            # (also "Skærmet borgersag", "Skærmet elevoplysning", "Skærmet beboer – oplysninger gives ikke til pårørende")
            r"|\b(?:af)?skærmet[ \t]+[\w-]*(?:sag|journal|notat|oplysning|beboer|borger|elev|bilag|udtræk|dokument|henvisning|underretning|indberetning)\b",
            LIKELY,
        ),
        # "Notatet er et internt arbejdsdokument" (offentlighedsloven § 23): exempt from access by its kind.
        Pattern(
            "internal working document (likely)",
            r"\b(?:er|is)\s+(?:et\s+|an\s+)?intern[t]?\s+(?:arbejdsdokument|dokument|notat|internal\s+(?:document|memo))\b"
            r"|\b(?:er|is)\s+an\s+internal\s+(?:working\s+)?(?:document|memo)\b",
            LIKELY,
        ),
        # Kept to some readers or out of some texts, said of a definite text: "Notatet er forbeholdt DPO og personalechefen",
        # "Noterne er til undersøgelsesgruppen og ikke til parterne", "Hold dagsordenen ude af det fælles kalendersystem",
        # "husk at det ikke må ud i kantinen" (not out of the letter or the answer being written: "navnet holdes ude af
        # brevet" instructs its writer; nor papers collected after a meeting, which the writers leave alone).
        Pattern(
            "reserved for some or kept out of a text (likely)",
            rf"\bforbeholdt(?<=\b[\w-]*(?:{_DOCUMENT})\w*\s+(?:er\s+)?forbeholdt)\s+(?:{_ROLES}|[\w-]+(?:en|et|ne|erne)|(?-i:[A-ZÆØÅ]{{2,5}}))"
            rf"(?:\s+og\s+(?:{_ROLES}|[\w-]+(?:en|et|ne|erne)|(?-i:[A-ZÆØÅ]{{2,5}})))?\b"
            rf"|\btil(?<=\b[\w-]*(?:{_DOCUMENT})\w*\s+er\s+til)\s+[\w-]+(?:en|et|ne|erne)\s+og\s+ikke\s+til\s+[\w-]+(?:en|et|ne|erne)\b"
            r"|\b(?:holdes|hold\s+(?:[\w-]+(?:en|et|ne|erne)|det|den|dem|navnene|sagen))\s+ude\s+af\s+(?:den\s+|det\s+)?(?:[\w-]+\s+)?"
            r"[\w-]*(?:tekst|referat|journal|system|kalender|plan|bilag|dagsorden|notat|opslag|nyhedsbrev|mødet|skema|oversigt|liste)\w*"
            r"|\b(?:det|den|de|dette|disse)\s+ikke\s+må\s+(?:komme\s+)?ud\s+(?:i|til|på)\s+[\w-]+(?:en|et|ne|erne)\b",
            LIKELY,
        ),
        # Kept inside a unit or a circle, or out of circulation: "Resumeet må ikke komme uden for Familieafdelingen", "Must not
        # leave HR", "Sedlen skal i makulatoren ved vagtens slutning", "del den ikke i teamkanalen", "Til borgmesterens
        # orientering alene", "Q&A til pressevagten, ikke et offentligt dokument:", "Noter fra lærermøde, ikke til forældre
        # eller elever:", "Fortrolig sagsakt – kun sagsbehandlere i Familieafdelingen".
        Pattern(
            "kept inside or out of circulation (likely)",
            r"\bkomme\s+uden\s+for\s+(?:[\w-]+(?:en|et)|huset|rådhuset|(?-i:[A-ZÆØÅ])[\w-]+)(?<=\bmå\s+ikke\s+komme\s+uden\s+for\s+[\w-]+)"
            r"|\bmust\s+not\s+leave\s+(?:the\s+)?(?:(?-i:[A-ZÆØÅ]{2,6})|(?:[\w-]+['’]s\s+)?[\w-]+\s+(?:team|office|unit|department|building)"
            r"|(?:[\w-]+['’]s\s+)?(?:systems?|network|premises))\b"  # ("Must not leave the municipality's systems")
            r"|\b(?:skal|må\s+kun)\s+i\s+makulatoren\b"
            r"|\b(?:del|send|videresend)\s+(?:den|det|dem|mailen|filen|listen)\s+ikke\s+(?:i|med|til|på)\s+[\w-]+(?:en|et|ne|erne)\b"
            r"|\b(?:til|for)\s+[\w-]+s\s+(?:egen\s+)?orientering\s+alene\b"
            r"|\bikke\s+et\s+offentligt\s+(?:dokument|notat|materiale|papir)\b"
            rf"|\bikke(?<=^{_LINE_START}[\w-]*(?:{_DOCUMENT})\w*[^\n,:]{{0,40}},\sikke)\s+til\s+[\w-]+(?:\s+(?:eller|og)\s+[\w-]+)?(?=[ \t]*:)"
            rf"|\bkun(?<=^{_LINE_START}(?:{_LEVEL})\b[^\n–]{{0,30}}[–-][ \t]kun)\s+(?:{_ROLES}|[\w-]+(?:ere|erne))(?:\s+(?:i|på|fra)\s+(?-i:[A-ZÆØÅ])[\w-]+)?(?=[ \t]*$)",
            LIKELY,
        ),
        # Not to be written in a group or a channel, kept to one reader, or under professional secrecy as a text's note:
        # "Skriv det ikke i vagtgruppen", "lad være med at skrive det … i den store gruppe", "(ikke til opslag på væggen)",
        # "(kun instruktøren må have listen)", "Til afdelingschefen – ikke kopi til MED", "du siger det ikke til nogen",
        # "pædagogisk notat, omfattet af tavshedspligt", "Oplysningerne herunder … er omfattet af tavshedspligt". Not a
        # form's field or a journal ("Skriv ikke i feltet Navn", "skriv det ikke i journalen" keep a fact out of a record),
        # nor a law's rule about a kind of information ("Oplysninger om … er omfattet af tavshedspligt").
        Pattern(
            "not to be written somewhere, or secret as a note (likely)",
            # (also asked kindly, with what is not to be written or on a board or a site: "Skriv venligst ikke om hendes helbred i
            # Aula", "skriv det ikke på tavlen")
            # (or not answered there: "Skriv ikke tilbage på Aula, ring …")
            r"\bskriv\s+(?:venligst\s+)?(?:det|den|dem|noget|navnet|navnene)?\s*ikke\s+(?:noget\s+|navnet\s+|navnene\s+|tilbage\s+|[\w-]+(?:et|en|ne|erne)\s+|om\s+[^\n.!?,;:]{1,30}?\s+)?"
            rf"(?:i|på)\s+(?:den\s+|det\s+)?(?:[\w-]+\s+)?(?:{_CHANNEL}|[\w-]*tavle(?:n|r|rne)?|intra(?:nettet)?|hjemmesiden|nyhedsbrevet)\b"
            # … said as a rule for a team: "Teamet må ikke skrive noget om det i Aula-grupper eller på Messenger"
            r"|\b(?:må|skal)\s+ikke\s+skrive\s+(?:noget\s+(?:om\s+(?:det|dette|det\s+her|ham|hende|dem)\s+)?|om\s+(?:det|dette|det\s+her|ham|hende|dem)\s+)"
            r"(?:i|på)\s+(?:den\s+|det\s+)?"
            rf"(?:[\w-]+\s+)?(?:{_CHANNEL})\b"
            # (also someone's name: "lad være med at skrive hans fulde navn herinde"; asked politely: "Vil I lade være med …")
            r"|\blade?\s+være\s+med\s+at\s+skrive\s+(?:det|mere|noget|navnet|navnene|(?:hans|hendes|deres|borgerens)\s+(?:fulde\s+)?navn)\b"
            r"(?:[^.!?\n]{0,40}?\b(?:i|på)\s+(?:den\s+|det\s+)?(?:[\w-]+\s+)?"
            rf"{_CHANNEL}\b|\s+om\s+(?:det\s+her|det|dette)\b|\s+(?:herinde|her\s+i\s+(?:chatten|tråden|gruppen|kanalen)))"
            r"|\(\Kikke\s+til\s+opslag\b[^()\n]{0,30}(?=\))"
            r"|\([^()\n]{1,40},[ \t]\Kikke\s+(?:til\s+)?(?:opslag|ophæng)(?=\))"  # ("(til SFO-personalet, ikke ophæng)")
            rf"|\(\Kkun\s+(?:{_ROLES}|[\w-]+(?:en|et))\s+må\s+(?:have|se|læse|få)\s+(?:listen|den|det|[\w-]+(?:en|et))(?=\))"
            r"|\bikke(?<=[–-][ \t]ikke)\s+(?:kopi|cc)\s+til\s+(?:(?-i:[A-ZÆØÅ]{2,6})|[\w-]+(?:en|et|ne|erne))\b"
            r"|\bdu\s+siger\s+det\s+ikke\s+til\s+nogen\b"
            rf"|\bomfattet(?<=\b[\w-]*(?:{_DOCUMENT})\w*,\s+omfattet)\s+af\s+tavshedspligt\b"
            r"|\bomfattet(?<=\b(?:herunder|nedenfor|nedenunder|her)\b[^.!?\n]{0,60}\ber\s+omfattet)\s+af\s+tavshedspligt\b",
            LIKELY,
        ),
        # Kept from a board, a copy not allowed, not for a noticeboard, published only from a day, discretion asked for:
        # "Internt udkast – må ikke forelægges TR endnu", "Sagsnotat – kopi til skolen ikke tilladt", "Skal ikke på tavlen i
        # køkkenet", "(Vandløse Posten, bringes først lørdag)", "Omsorgsdage – bedes behandlet diskret", "Artikeludkast – spærret
        # til 9. januar kl. 12" (a text's, not a road's: "Vejen – spærret til fredag").
        Pattern(
            "kept from some, or held back till a day (likely)",
            r"\bmå\s+ikke\s+forelægges\s+(?:for\s+)?(?:(?-i:[A-ZÆØÅ]{2,6})|[\w-]+(?:en|et|ne|erne))\b(?:\s+endnu)?"
            r"|\b(?:kopi|videresendelse|deling|kopiering|videregivelse)(?:\s+til\s+[\w-]+)?\s+(?:er\s+)?ikke\s+tilladt\b"
            r"|\bskal\s+ikke\s+(?:op\s+)?på\s+(?:[\w-]*tavle\w*|intra\w*|aula|hjemmesiden|opslagstavlen)\b|\bskal\s+ikke\s+i\s+(?:aula|[\w-]*intra\w*)\b"
            r"|(?<=[–,][ \t])ikke\s+til\s+(?:opslag|ophængning)\b"
            rf"|\b(?:bringes|offentliggøres|udkommer|publiceres|udsendes)\s+først\s+(?:{_WHEN}|(?:på\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))\b"
            r"|\b(?:bedes\s+)?behandle[st]\s+(?:strengt\s+|meget\s+)?diskret\b"
            # … or as a heading's note: "Notat efter samtale – diskret behandling påkrævet"
            r"|(?<=[–-][ \t])(?:streng\s+|strengt\s+)?diskret\s+behandling\b(?:\s+(?:påkrævet|nødvendig|ønskes))?"
            rf"|\bspærret(?<=\b[\w-]*(?:{_DOCUMENT}|pressemeddelelse|nyhed|korrektur)\w*(?:[^\n]{{0,40}}[–-]\s|[ \t]+)spærret)(?:\s+til\s+(?:{_WHEN})|{_CONDITION})",
            LIKELY,
        ),
        # Kept to the writer or from the others for now, a text not yet approved, classified internal, for internal
        # alignment only: "Send dem kun til mig, ikke til hele udvalget endnu", "Skriv ikke noget ud til afdelingen endnu",
        # "ikke noget til de andre på ruten endnu", "Teksten er ikke godkendt af familien endnu", "Eksport …, klassificeret
        # intern", "Pressesvar – kun til intern afstemning", "Intern mail mellem direktører – bør ikke forlade direktionen".
        Pattern(
            "kept to the writer or from the others for now (likely)",
            r"\bsend\s+(?:det|den|dem|listen|tallene)\s+kun\s+til\s+(?:mig|os|[\w-]+(?:en|et))\b"
            r"|\bskriv\s+ikke\s+noget\s+ud\s+til\s+[\w-]+(?:en|et|ne|erne)\b(?:\s+endnu)?"
            r"|\bikke\s+noget\s+til\s+de\s+(?:andre|øvrige)\b(?:\s+(?:på|i)\s+[\w-]+(?:en|et))?(?:\s+endnu)?"
            r"|\b(?:teksten|udkastet|brevet|notatet|opslaget|svaret|mindeordet|nekrologen)\s+er\s+ikke\s+godkendt\s+(?:af\s+(?:[\w-]+\s+){1,2})?endnu\b"
            r"|\bklassificeret\s+(?:som\s+)?(?:intern[t]?|fortrolig[t]?|følsom[t]?)\b"
            r"|\b(?:kun\s+)?til\s+intern\s+(?:afstemning|drøftelse|sparring|dokumentation|læring)\b"
            r"|\b(?:må|bør|skal)\s+ikke\s+forlade(?<=[–-]\s(?:må|bør|skal)\s+ikke\s+forlade)\s+[\w-]+(?:en|et|ne)\b"
            # … said the other way round, or internal to a unit: "Elevoplysninger – skal blive på lærerværelset", "SBAR –
            # internt i sygeplejen"
            rf"|(?<=[–-][ \t])(?:skal|må)\s+blive\s+(?:på|i)\s+[\w-]+(?:et|en)\b(?:{_CONDITION})?"
            # (a text's data staying: "Beboeroplysninger – bliver på afsnittet"; not a child: "Ali – bliver på skolen til kl. 17")
            rf"|bliver(?<=(?:{_PAPERS}|data)[ \t]+[–-][ \t]bliver)\s+(?:på|i)\s+[\w-]+(?:et|en)\b(?:{_CONDITION})?"
            rf"|(?<=[–-][ \t])intern[t]?\s+(?:i|for|blandt)\s+(?:{_UNIT}|{_CIRCLE})\b"
            # … or for internal use, or internal to a unit at the end of a heading after its comma: "Personoplysninger – intern brug på
            # skolen", "Visitationsnotat, internt i visitationen"
            r"|(?<=[–-][ \t])intern\s+brug\b(?:\s+(?:på|i|for)\s+[\w-]+)?"
            r"|(?<=,[ \t])intern\s+brug\s+(?:på|i|for)\s+[\w-]+(?=[ \t]*:)"  # ("Visitationsnotat (kort), intern brug i Visitationen:")
            r"|(?<=,[ \t])intern[t]?\s+i\s+[\w-]+(?:en|et)\b(?=[ \t]*$)"
            # … or heading a line before its colon: "Internt for skolens ledelse: …"
            rf"|^{_LINE_START}\Kintern[t]?\s+(?:i|for|blandt)\s+(?:[\w-]+s\s+)?(?:{_UNIT}|{_CIRCLE}|ledelse)(?=[ \t]*:)"
            # a draft awaiting approval or consent to be named, as a heading's note: "Internt nyhedsbrev – afventer at vinderne har
            # accepteret offentliggørelse", "Intern nyhed – udkast, afventer at vinderen har accepteret at blive nævnt",
            # "Fratrædelsesaftale – DRAFT, subject to legal review"
            r"|(?<=[–-][ \t])(?:udkast,?\s+)?afventer\s+at\s+(?:[\w-]+\s+){1,2}?(?:har\s+)?(?:accepteret|godkendt|sagt\s+ja|givet\s+samtykke)\b[^\n]{0,50}"
            r"|(?<=[–-][ \t])draft,?\s+(?:subject\s+to|pending)\s+(?:[\w-]+\s+){0,2}(?:review|approval|sign-?off)\b"
            # a unit alone as a heading's note: "Udbetaling af godtgørelse … – lønkontoret alene"
            r"|(?<=[–-][ \t])[\w-]+(?:en|et)\s+alene(?=[ \t]*$)"
            # … in English, after a text's name: "Night report – not to leave the ward" (not a resident's: "Mr Holm – not to
            # leave the ward")
            r"|(?<=\b(?:report|notes?|list|log|minutes|memo|summary|file|records?|overview|handover)[ \t]+[–-][ \t])(?:(?:is|are)\s+)?not\s+to\s+leave\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:ward|unit|team|office|building|department|house|premises|room)\b",
            LIKELY,
        ),
        # Not sent on or named, as a heading's note or an instruction: "Følsom sag – send ikke kopi til skolen", "Overdragelse fra
        # hospital – videresend ikke:", "spørger om den skadede medarbejder – intet navn må gives", "Udbetaling – personhenførbare
        # data, slet efter indberetning", "Du må ikke fortælle nogen i klubben om det" (not reported: "han ikke må fortælle nogen").
        Pattern(
            "not sent on or named, as a note (likely)",
            r"\bsend\s+ikke\s+(?:en\s+)?kopi\s+til\s+[\w-]+|\bunder\s+ingen\s+omstændigheder\s+videre\s+til\s+[\w-]+"
            r"|(?<=[–-][ \t])(?:videresend|del)\s+ikke\b(?=[ \t]*(?:[:.!]|$))"
            r"|\b(?:intet\s+navn|ingen\s+navne)\s+(?:må|skal)\s+(?:gives|oplyses|nævnes|udleveres|bekræftes)\b"
            r"|(?<=(?:data|oplysninger),[ \t])slet(?:tes)?\s+efter\s+(?:brug|endt\s+brug|mødet|[\w-]+(?:ning|ningen|en|et))\b"
            r"|\b(?:må|skal)\s+ikke\s+fortælle\s+(?:nogen|andre)\b(?:\s+(?:i|på)\s+[\w-]+)?(?:\s+om\s+(?:det|hans|hendes|deres)(?:\s+[\w-]+)?)?",
            LIKELY,
        ),
        # Discretion heading a line: "Behandles strengt diskret", "DISKRET – må kun bruges i plejen", "Diskretion tak – sygdomsoplysninger".
        Pattern(
            "discretion heading a line (likely)",
            rf"^{_LINE_START}\K(?:(?:behandles\s+)?(?:strengt\s+|meget\s+)?diskret|diskretion\s+tak)(?=[ \t*_]*(?:[–\-:]|$))",
            LIKELY,
        ),
        # A level in a page's footer: "Side 2 af 2 · Intern – personale · Rørvang Kommune".
        Pattern(
            "level in a page's footer (likely)",
            rf"\b(?:side|page)\s+\d+\s+(?:af|of)\s+\d+[ \t]*[·|–-][ \t]*\K(?:{_LEVEL}|intern[t]?|internal)\b",
            LIKELY,
        ),
        # A part to be taken out before the text goes: "Intern bemærkning, fjernes før afsendelse", "(slettes inden udsendelse)",
        # "skal anonymiseres før videresendelse".
        Pattern(
            "removed before sending (likely)",
            r"\b(?:fjernes|slettes|streges\s+ud|tages\s+ud|anonymiseres)\s+(?:før|inden)\s+(?:afsendelse|udsendelse|videresendelse|offentliggørelse|publicering|deling"
            r"|(?:brevet|svaret|mailen|referatet|teksten|den|det)\s+(?:sendes|udsendes|offentliggøres|deles))\b"
            r"|\b(?:remove|delete)\s+before\s+(?:sending|publishing|sharing)\b",
            LIKELY,
        ),
        # For one reader's use, anywhere: "Listen … er kun til vikarens brug på dagen"; a meeting's participants restricted:
        # "Lukket del: … – deltagerkreds kun leder og kontraktansvarlig".
        Pattern(
            "for one reader's use (likely)",
            r"\b(?:kun|alene|udelukkende)\s+til\s+[\w-]+(?:ens|ets|nes)\s+(?:interne\s+|eget\s+)?brug\b"
            r"|\bdeltagerkreds(?:en)?\s*(?::|er)?\s*(?:kun|alene|udelukkende)\s+[^\W\d_][^\n.;:]{1,50}",
            LIKELY,
        ),
        # Meant for its recipient alone, as footers say: "… og er udelukkende til den tiltænkte modtager".
        Pattern(
            "for the intended recipient only (likely)",
            r"\b(?:udelukkende|kun|alene)\s+(?:til|for|beregnet\s+(?:til|for))\s+(?:den\s+)?(?:tiltænkte|rette|angivne|adresserede)\s+modtager(?:e|en)?\b"
            # … or the person it is addressed to: "er kun til den person den er adresseret til"
            r"|\b(?:udelukkende|kun|alene)\s+(?:til|for|beregnet\s+(?:til|for))\s+(?:den|de)\s+(?:person|personer|modtager|modtagere),?\s+"
            r"(?:den|det|de|mailen|beskeden)\s+er\s+(?:adresseret|stilet|sendt|rettet)\s+til\b"
            # … and not for anyone else: "Er du ikke rette modtager, må du ikke læse, kopiere eller videresende den"
            r"|\b(?:er\s+du\s+ikke|hvis\s+du\s+ikke\s+er)\s+(?:den\s+)?(?:rette|tiltænkte|korrekte)\s+modtager,?\s+må\s+du\s+ikke\s+"
            r"(?:(?:videresende|kopiere|læse|dele|bruge|videregive|gemme|åbne),?\s+(?:(?:eller|og)\s+)?){0,3}"
            r"(?:videresende|kopiere|læse|dele|bruge|videregive|gemme|åbne)\b(?:\s+(?:den|det|mailen|beskeden|indholdet))?",
            LIKELY,
        ),
        # E-mail footers: "Denne e-mail kan indeholde fortrolige oplysninger", "This message is confidential", "Denne mail
        # kan indeholde oplysninger omfattet af tavshedspligt".
        Pattern(
            "footer saying this mail is confidential (strong)",
            r"\b(?:denne|dette|this)\s+(?:e-?mail|mail|meddelelse|besked|message|korrespondance|communication)\b[^\n]{0,80}?"
            r"\b(?:fortrolig\w*|tavshedsbelagt\w*|personfølsom\w*|følsomme\s+(?:person)?oplysninger|confidential|privileged"
            r"|oplysninger\s+(?:omfattet\s+af|underlagt)\s+tavshedspligt(?:en)?)"
            r"(?:\s+(?:og|and)\s+(?:may\s+be\s+|kan\s+være\s+)?(?:legally\s+)?(?:privileged|confidential|fortrolig\w*|tavshedsbelagt\w*))?",
            STRONG,
        ),
        # What a text holds, said before its restriction: "Tråden indeholder helbredsoplysninger og må ikke videresendes"
        # (not a kind's rule: its subject is one definite text).
        Pattern(
            "sensitive content before its restriction (likely)",
            r"\bindeholder(?<=\b[\w-]+(?:en|et|ne)\s+indeholder)\s+(?:helbredsoplysninger|(?:følsomme|fortrolige|personfølsomme)\s+oplysninger)"
            r"(?=\s+og\s+(?:må|skal|bør)\s+(?:ikke|kun|aldrig)\b)",
            LIKELY,
        ),
        Pattern(
            "footer about mail received in error (likely)",
            r"\b(?:hvis\s+du\s+(?:ved\s+en\s+fejl\s+)?har\s+modtaget\s+denne\s+(?:e-?mail|mail|meddelelse|besked)(?:\s+ved\s+en\s+fejl)?"
            r"|if\s+you\s+(?:have\s+)?received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error)",
            LIKELY,
        ),
        # Restrictions: "må ikke videregives før byrådsmødet", "må ikke deles før borgmesteren har godkendt det".
        Pattern(
            "restriction on passing on (strong)",
            # Main clause "må ikke deles", subordinate clause "at det ikke må deles".
            rf"\b(?:(?:må|skal|bør|kan)\s+(?:du\s+|I\s+)?(?:under\s+ingen\s+omstændigheder|(?:heller\s+)?ikke|kun|alene|udelukkende)|(?:ikke|kun)\s+(?:må|skal|bør))"
            rf"\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{_PASS_ON_DA})(?![\w-])"  # (a whole word: not "ikke skal være i læsesalen")
            rf"(?:\s+(?:eksternt|videre|til\s+andre|uden\s+for\s+[^\W\d_]+|med\s+(?:øvrige\s+|andre\s+)?[\w-]+|af\s+[\w-]+|i\s+[\w-]+))?(?:,?{_CONDITION})?"
            # out to someone or onto a page, the modal first and nothing between: "skal ikke ud til forældrene før
            # mødet", "skal ik ud", "skal ikke på intra" (not "man ikke skal køre ud", "de punkter, der ikke må på …", nor a
            # person: "Du må ikke på hjemmesiden i arbejdstiden")
            rf"|\b(?:må|skal)(?<!\b(?:du|jeg|vi|man|i|de|han|hun)\s(?:må|skal))\s+ikke\s+(?:ud(?:\s+af\s+huset)?(?=\s*(?:[.!,;–-]|$))|(?:komme\s+)?ud\s+til\s+(?:de\s+(?:øvrige\s+|andre\s+)?[\w-]+|[\w-]+(?:en|et|ne|erne|ene)|pårørende|forældre|borgere|andre)\b(?:\s+endnu)?"
            rf"|på\s+(?:intra(?:nettet)?|hjemmesiden|facebook|aula|sharepoint|dagsordenen|den\s+(?:åbne|offentlige)\s+dagsorden)\b"
            rf"|i\s+(?:nyhedsbrev(?:et)?|referatet|avisen|aula)\b"
            rf"|i\s+(?:[\w-]+s\s+)?(?:kanal(?:en)?|tråd(?:en)?|chat(?:ten)?)\b"
            rf"|i\s+(?:den\s+|det\s+)?(?:fælles|delte|offentlige)\s+[\w-]+)(?:,?{_CONDITION})?"
            # kept from a party's knowledge: "Forhandlingsstrategi – må ikke komme til tilbudsgivernes kendskab"
            r"|\b(?:må|skal|bør)\s+(?:ikke|under\s+ingen\s+omstændigheder)\s+komme\s+til\s+(?:[\w-]+\s+)?[\w-]+\s+kendskab\b"
            # a thing that must not get out: "Den må ikke komme ud af huset, så bare ret sproget" (not a person: "Borgeren må ikke
            # komme ud af sengen")
            r"|\b(?:den|det|dette|denne)\s+\K(?:må|skal)\s+ikke\s+komme\s+ud(?:\s+af\s+huset)?(?=\s*(?:[.!,;–-]|$))"
            # asked not to pass this text on: "Vi beder jer om ikke at dele den, før …"
            r"|\bikke\s+at\s+nævne\s+det\s+(?:for|til)\s+(?:de\s+andre|nogen|[\w-]+(?:en|et|ne|erne|ene))\b"  # ("Vil I være søde ikke at nævne det for klassen"; not a request reported: "bedt mig om ikke at sige det til teamet")
            r"|\b(?<!\blovede\s)(?<!\blover\s)(?<!\blovet\s)ikke\s+at\s+(?:dele|videregive|videresende|sende|sprede|offentliggøre|omtale|citere|kopiere|lække)\s+"
            r"(?:den|det|dem|dette|denne|materialet|dokumentet|notatet|analysen|rapporten|oplysningerne)"
            rf"(?:\s+(?:videre|eksternt|med\s+[\w-]+))?(?:,?{_CONDITION})?"
            # refrained from: "Undlad at videresende – indeholder lønoplysninger", "Undlad at dele linket uden for afdelingen"
            # (not of a kind: "Undlad at dele personoplysninger" is a rule)
            r"|\bundlad\s+(?:venligst\s+)?at\s+(?:videresende|dele|sprede|kopiere|citere|offentliggøre|omtale|printe|udlevere)"
            r"(?:(?=\s*(?:[–\-.,;!]|$))|\s+(?:den|det|dem|dette|denne|[\w-]+(?:en|et|ne|erne|ene))\b(?:\s+(?:her|videre|eksternt|uden\s+for\s+[\w-]+|med\s+[\w-]+))?)"
            # or to tell anyone: "Vær sød ikke at nævne det for nogen endnu"
            r"|\bikke\s+at\s+(?:nævne|sige|fortælle|omtale)\s+(?:det|noget)(?:\s+her)?\s+(?:til|for|over\s+for)\s+(?:nogen|andre)\b(?:\s+endnu)?",
            STRONG,
        ),
        # The verb after this text, negated: "Oplysningen videregives ikke til familien uden politiets accept".
        Pattern(
            "this text not passed on (strong)",
            # (a reader, "videre" or a condition makes it a restriction: "Medicinen deles ikke ud om aftenen" is care)
            # (the condition also after a comma: "Forligsrammen offentliggøres ikke, før et eventuelt forlig er indgået")
            rf"\b(?=[\w-]+\s+ikke\b){_THIS_SUBJECT_BEFORE}(?:(?:{_PASS_ON_DA})\s+ikke(?:\s+(?:videre|eksternt|(?:til|over\s+for)\s+[\w-]+|uden\s+for\s+[\w-]+)(?:,?{_CONDITION})?|,?{_CONDITION})"
            # put in no shared material: "Referatet lægges ikke i udbudsmaterialet"
            rf"|lægges\s+ikke\s+(?:i|på|ud\s+på)\s+(?:den\s+|det\s+)?[\w-]+(?:et|en|ne|erne)\b"
            # not minuted: "Drøftelsen refereres ikke." (one branch with the one above: each such branch looks behind
            # at every word)
            rf"|(?:refereres|protokolleres)\s+ikke\b)",
            STRONG,
        ),
        # A note with no subject, heading its line, to a definite meeting, reader or place: "Drøftes ikke ved tavlemødet".
        # (Its own pattern, anchored at the line's start and cut there by \K: beside the "\b" branches above, a "^" branch
        # or a look-behind tried at every position made the whole pattern several times slower.)
        Pattern(
            "not passed on to a definite meeting or reader, as a note (strong)",
            rf"^{_LINE_START}\K(?:{_PASS_ON_DA})\s+ikke\s+(?:ved|på|i|til|med|uden\s+for)\s+(?:den\s+|det\s+)?[\w-]+(?:en|et|ne|erne|ene)\b(?:{_CONDITION})?",
            STRONG,
        ),
        # Barred until a time or an event, said of a text for the press after its heading's dash or on the line under it:
        # "Manus til Radio X – spærret til byrådet har stemt", "Pressemeddelelse\nSpærret til mandag 7. december kl. 06.00"
        # (not a road's or a machine's: "Vejen – spærret til mandag", "stien er spærret til fredag")
        Pattern(
            "barred until, as a note (likely)",
            rf"(?:(?<=^[^\n]{{0,60}}(?:{_DOCUMENT}|{_PRESS_TEXT})\w*\b[^\n]{{0,40}}[ \t][–-][ \t])"
            rf"|(?<=(?:{_DOCUMENT}|{_PRESS_TEXT})\w*[^\n]{{0,40}}\n[ \t]*))spærret{_CONDITION}",
            LIKELY,
        ),
        # An embargo in other words: "Må først bringes fredag kl. 12.00", "kan tidligst offentliggøres efter mødet".
        Pattern(
            "not before a time (strong)",
            rf"\b(?:må|kan|skal)\s+(?:først|tidligst|ikke\s+før)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{_PASS_ON_DA}|ud|komme\s+ud|gå\s+ud|gå\s+live|på\s+[\w-]+){_NOT_BEFORE}"
            # used before a time: "tallene må ikke bruges i debatten før mødet den 9/12"
            rf"|\bmå\s+ikke\s+(?:bruges|anvendes)(?:\s+(?:i|på|til)\s+[\w-]+)?\s+(?:før|inden)\s+{_CLAUSE_CHAR}{{1,60}}"
            # put out only once something has happened: "Nyheden lægges først på intranettet, når familien har givet lov"
            rf"|\b(?:lægges|sendes|udsendes|offentliggøres|bringes|deles)\s+først\s+(?:ud\s+)?(?:på|i)\s+[\w-]+,?\s+(?:når|efter\s+at)\s+{_CLAUSE_CHAR}{{1,60}}"
            # released for a use from a time, as a reply's note: "Svar til Kystavisen, først til udsendelse efter kl. 15 i dag"
            rf"|\bførst\s+til\s+(?:udsendelse|offentliggørelse|brug|publicering|citat)(?=\s+(?:efter|fra)\b){_NOT_BEFORE}",
            STRONG,
        ),
        # The passive verb heading its sentence: "Frigives først torsdag kl. 10." (a word before "først" first:
        # the regex engine then tries the long list of verbs at few places)
        *_placed(
            "not before a time, the verb heading its sentence (strong)",
            {"at a line's start": "^", "after a sentence": r"[.!?]\s\K", "after a heading's dash": r"\s[–-][ \t]\K"},
            rf"[ \t#*>_\[(|-]*(?=[\w-]+\s+(?:først|tidligst)\b)(?:{_PASS_ON_DA})\s+(?:først|tidligst){_NOT_BEFORE}",
            STRONG,
        ),
        # After this text as its subject: "Aftalen offentliggøres først efter bestyrelsens møde".
        Pattern(
            "not before a time, after this text (strong)",
            rf"\b(?=[\w-]+\s+(?:først|tidligst)\b){_THIS_SUBJECT_BEFORE}(?:{_PASS_ON_DA})\s+(?:først|tidligst){_NOT_BEFORE}",
            STRONG,
        ),
        Pattern("draft not yet released (strong)", _DRAFT_STATUS, STRONG),
        # A draft said not to be approved yet: "Udkastet er ikke godkendt af kommunaldirektøren og må ikke sendes …".
        Pattern(
            "a draft not approved (likely)",
            r"\b(?:udkastet|kladden|teksten|svaret|notatet|referatet|brevet|pressemeddelelsen|indstillingen|citatet|citaterne)\s+er\s+\K(?:endnu\s+)?ikke\s+godkendt"
            r"(?:\s+af\s+[\w-]+)?(?:\s+endnu)?",
            LIKELY,
        ),
        # A quotation, a picture or a recording not to be used, perhaps not yet or not outside a circle: "Citaterne er ikke
        # godkendt og må ikke bruges endnu", "Billede 3 må ikke bruges – mangler samtykke", "citater må ikke bruges uden for
        # ledergruppen" (not a thing's use: "Elevatoren må ikke bruges", "kluden må ikke bruges i andre stuer")
        Pattern(
            "a quotation or a picture not to be used (likely)",
            r"\bmå\s+ikke\s+bruges\b(?<=\b(?:citat|billede|foto|billedtekst|klip|optagelse|video|interview|svar)\w*(?:\s+\d+)?"
            r"(?:\s+(?:er\s+)?(?:endnu\s+)?ikke\s+godkendt(?:\s+af\s+[\w-]+)?(?:\s+endnu)?\s+og)?\s+må\s+ikke\s+bruges)"
            rf"(?:\s+endnu|,?{_CONDITION}|\s+uden\s+for\s+[\w-]+)?",
            LIKELY,
        ),
        Pattern(
            "level closing a heading (likely)",
            # (from the line's start, cut by \K: a look-behind of up to 80 characters at every position is slow)
            rf"^[^\n.!?]{{3,80}}[–\-,][ \t]\K(?:strengt[ \t]+)?(?:{_FORTROLIG}(?:h?t|e)?|[^\W\d_]{{3,}}fortrolig[et]?|{_PERSONFOLSOM}(?:t|me)?)(?=[ \t*_]*$)",
            LIKELY,
        ),
        Pattern(
            "a draft's status after a dash (likely)",
            # (after a comma or in a bracket after a text meant for the public: "Pressemeddelelse, ikke frigivet:", "Intranetnyhed (ikke
            # publiceret endnu):"; writers leave a bracket's "(ikke udsendt)" alone)
            r"(?:[–-]\s|(?<=[|;\t])[ \t]*|(?<=\b(?:udkast|kladde)\w*(?:[ \t]+v?\d+(?:\.\d+)?)?),\s"
            r"|(?<=\b(?:pressemeddelelse|[\w-]*nyhed|nyhedsbrev|udmelding|opslag)\w*)(?:,\s|[ \t]\((?=ikke\s+\w+\s+(?:endnu[)]|[–-]\s+venter\b))))\K(?:(?:afventer|venter\s+på)\s+(?:[\w'-]+\s+){0,2}?(?:(?:godkendelse|samtykke|ok)(?:[ \t]+(?:fra|af)[ \t]+[\w-]+)?|accept|[\w-]*(?:chef|direktør|borgmester|formand)(?:en|ens)?\b(?:\s+(?:ok|godkendelse|accept|underskrift)\b)?)|ikke\s+(?:udsendt|frigivet|sendt\s+ud|godkendt|publiceret|offentliggjort|delt\s+med\s+[\w-]+)(?:\s+endnu)?"
            r"(?:(?:,|\s[–-])\s+venter\s+på\s+[^\n.!?;)]{1,40})?|awaiting\s+(?:[\w-]+\s+)?(?:approval|sign-off))",
            LIKELY,
        ),
        # Released for use from a time on: "Materialet er frigivet til brug fra lørdag kl. 00.01".
        Pattern(
            "released from a time (strong)",
            rf"\b(?:frigives|frigivet|frigivne)\s+(?:til\s+(?:brug|offentliggørelse|publicering)\s+)?(?:fra|efter)\s+(?:{_WHEN})"
            # … or at a time, as a heading's note: "Pressemeddelelse, frigives mandag kl. 9:"
            rf"|(?:,|[–-])[ \t]\K(?:frigives|udsendes|offentliggøres|publiceres)\s+(?:{_WHEN})",
            STRONG,
        ),
        # Informing someone only after a condition: "mor og stedfar må ikke orienteres før afhøringen er gennemført",
        # "vi må ikke sige noget om navnet før politiet har underrettet familien".
        Pattern(
            "not told before a condition (strong)",
            rf"\bmå\s+ikke\s+(?:orienteres|informeres|underrettes|kontaktes|inddrages|sige\s+noget)\b(?:\s+(?:om|til)\s+[^\n.!?;]{{1,50}}?)?(?:{_CONDITION})"
            # not out before it: "den går ikke ud før DPO har sagt god for ordlyden"
            rf"|\b(?:går|kommer)\s+ikke\s+ud\s+(?:før|inden)\s+{_CLAUSE_CHAR}{{1,60}}"
            # not written down before it: "det med datterens adresse skriver vi ikke i journalen før vi har talt med hende"
            rf"|\b(?:skriver|noterer|journaliserer)\s+(?:vi|jeg)\s+(?:det\s+)?ikke\s+(?:noget\s+)?(?:i|på)\s+[\w-]+(?:{_CONDITION})"
            # read only by you: "jeg vil gerne have at denne mail kun læses af dig og din leder"
            r"|\b(?:kun|alene|udelukkende)\s+(?:læses|ses|åbnes)\s+af\s+(?:dig|jer)(?:\s+og\s+(?:din|jeres)\s+[\w-]+)?"
            # kept out of a text or in a group, the thing first: "Det far fortalte holder vi ude af det referat der sendes
            # rundt", "tallet holder vi i den her gruppe til torsdag", "det med hans sygdom holder vi i lederteamet"
            r"|\bholder\s+(?:vi|jeg)\s+(?:det\s+)?ude\s+af\s+(?:det\s+|den\s+)?[\w-]+(?:\s+(?:der|som)\s+(?:sendes|udsendes|lægges|går)\s+(?:ud|rundt)\b)?"
            rf"|\bholder\s+(?:vi|jeg)\s+(?:det\s+)?(?:i|inden\s+for)\s+(?:(?:den\s+her\s+|denne\s+)?(?:gruppe|kreds|chat|tråd)\w*|(?:{_CIRCLE})\b)(?:,?{_CONDITION})?"
            # to go only to someone: "Listen må kun gå til vognmanden"
            r"|\b(?:må|skal)\s+kun\s+gå\s+til\s+[\w-]+"
            # not into a folder or a file: "de skal ikke i elevmappen", "Hendes egen sygdom noteres ikke i hans sag"
            r"|\bskal\s+ikke\s+i\s+[\w-]*(?:mappe|mappen|journal|journalen|referatet|brevet|mailen|notatet)\b"  # ("Skal ikke i pårørendebrevet")
            r"|\b(?:noteres|skrives|journaliseres)\s+ikke\s+(?:i|på)\s+(?:hans|hendes|deres|[\w-]+s\s+)?[\w-]*(?:sag|sagen|journal|journalen|mappe|mappen)\b"
            # not to go on to someone, or nothing to: "skal ikke videre til far", "Oplysninger om diagnose må ikke gå videre til
            # virksomheden uden samtykke", "Obs: intet må gå videre til naboen"
            rf"|\b(?:(?:skal|må)\s+ikke|intet\s+(?:må|skal))\s+(?:gå\s+)?videre\s+til\s+(?:{_KIN}|[\w-]+(?:en|et|ne|erne|service)|[\w-]+(?:giver|ejer|lejer|udlejer))\b(?:\s+uden\s+samtykke)?"
            # nothing about it in mails to someone: "husk: intet om fars dom i mails til rideskolen"
            r"|\bintet\s+om\s+(?:[\w-]+\s+){1,4}?i\s+(?:mails?|e-mails?|breve|beskeder|sms'?er)\s+til\s+[\w-]+"
            # a list's use or hands after a heading's comma: "…, må kun bruges til forsikringsanmeldelsen", "…, udleveres kun til
            # lejrlederen"
            r"|(?<=,[ \t])(?:må|skal)\s+kun\s+(?:bruges|anvendes)\s+til\s+[\w-]+(?:en|et|ne)\b|\budleveres\s+kun\s+til\s+[\w-]+(?:en|et|ne|erne)\b"
            # a paper that goes with someone and is handed back or destroyed: "Medicinliste – følger med turlederen og returneres
            # efter turen", "Listen følger bussen og afleveres til kontoret bagefter"
            r"|\bfølger\s+(?:med\s+)?[\w-]+(?:en|et)\s+og\s+(?:returneres|afleveres|rives\s+itu|makuleres|destrueres|slettes|indsamles)\b[^\n.]{0,40}"
            # a name not to be confirmed: "Navnet må under ingen omstændigheder bekræftes" (not an agreement: "Aftalen må ikke
            # bekræftes før fredag")
            r"|\b(?:navnet|navnene|identiteten|hans\s+navn|hendes\s+navn)\s+(?:må|skal)\s+(?:ikke|aldrig|under\s+ingen\s+omstændigheder)\s+bekræftes\b"
            # someone not to be told: "Sønnen må ikke orienteres – det har datteren bedt om", "Fortroligt notat – pårørende
            # orienteres ikke"
            # (kin only: "Skolerne orienteres ikke" and "Borgerne underrettes ikke (lav risiko)" are a plan's decisions)
            rf"|\b(?:{_KIN}|sønnen|datteren|søsteren|broren|manden|konen)\s+(?:(?:må|skal)\s+ikke\s+(?:orienteres|informeres|underrettes)"
            r"|(?:orienteres|informeres|underrettes)\s+ikke)\b"
            # not to go with a text: "oplysninger om fars helbred skal ikke med i brevet til udlejer"
            r"|\bskal\s+ikke\s+(?:med\s+i|stå\s+i)\s+(?:[\w-]*brevet|[\w-]*mailen|svaret|referatet|notatet|ansøgningen|indstillingen|afgørelsen|[\w-]*kontrakten|[\w-]*beskeden)\b(?:\s+til\s+[\w-]+)?"
            # not mentioned in a report: "vi nævner ikke kommentaren i ugerapporten"
            r"|\b(?:vi|jeg)\s+(?:nævner|skriver|noterer)\s+ikke\s+(?:[\w-]+\s+){0,2}?i\s+(?:[\w-]*rapport\w*|referatet|journalen|[\w-]*notat\w*)\b"
            # said to stay in a circle, the subject left out, or no mails about it: "Skal blive i teamet, ingen mails til ledelsen
            # endnu", "lad os tage det mundtligt, ingen mails om det"
            rf"|(?:^|(?<=[.!?][ \t]))skal\s+blive\s+(?:i|inden\s+for)\s+(?:{_CIRCLE})\b(?:,\s+ingen\s+mails?\s+til\s+[\w-]+(?:\s+endnu)?)?"
            r"|\bingen\s+(?:mails?|e-mails?|sms'?er|beskeder)\s+om\s+det\b"
            # not wanted in the record: "ikke noget jeg vil have skrevet i sagen"
            r"|\bikke\s+noget\s+(?:jeg|vi)\s+vil\s+have\s+(?:skrevet|noteret|journaliseret|stående)\s+(?:i|på)\s+(?:hans|hendes|deres|[\w-]+s\s+)?[\w-]*(?:sag|sagen|journal|journalen|mappe|mappen)\b"
            # no information to someone: "Vi må ikke give banken oplysninger om udredningen"
            r"|\bmå\s+ikke\s+give\s+(?:[\w-]+\s+){1,2}?oplysninger\b(?:\s+om\s+[\w-]+)?"
            # not mentioned to the others, the thing first: "Grunden til fritagelsen nævner vi ikke over for de andre", "det
            # siger vi ikke noget om til de andre pårørende"
            rf"|\b(?:nævner|siger|fortæller)\s+(?:vi|jeg)\s+(?:det\s+)?ikke\s+(?:noget\s+(?:om\s+)?)?(?:over\s+for|til)\s+(?:de\s+(?:andre|øvrige)|[\w-]+(?:erne|ene|en))\b(?:{_CONDITION})?"
            # an item dealt with while the parties are out: "Punkt 4 behandles uden eleven og forældrene til stede"
            r"|\bbehandles\s+uden\s+(?:[\w-]+\s+){1,4}?til\s+stede\b"
            # as a note: "ingen kontakt til borgeren før vi har kontoudtogene"
            rf"|\bingen\s+kontakt\s+(?:til|med)\s+(?:[\w-]+\s+)?[\w-]+(?:{_CONDITION})"
            # someone not to get the information: "Mor må ikke få oplysninger fra os uden hans samtykke"
            # (not someone's protected address: "Mor må ikke få oplysninger om plejeforældrenes adresse")
            rf"|\bmå\s+ikke\s+få\s+(?:oplysninger|besked|indsigt|kopi|noget\s+at\s+vide|det\s+at\s+vide)\b"
            rf"(?!\s+om\s+(?:[\w-]+\s+)?(?:adresse|bopæl|telefonnummer|opholdssted))(?:\s+(?:om|fra|til)\s+[\w-]+)?(?:{_CONDITION})?"
            # hidden from some readers: "Notatet er skjult for pårørende i omsorgsappen"
            r"|(?:\b(?:er|holdes|skal\s+være|bliver)\s+|^[ \t]*)skjult\s+for\s+(?:pårørende|forældre\w*|borgeren|familien|[\w-]+(?:en|erne|ene))\b(?:\s+i\s+[\w-]+)?"
            # … as a system field's value: "Synlighed i lånersystem: skjult for frivillige chauffører"
            r"|(?<=[:,][ \t])skjult\s+for\s+(?:[\w-]+\s+)?[\w-]+(?:er|erne|ene|en)\b(?=[ \t]*$)"
            # a duty of silence about these items: "Medlemmerne har tavshedspligt om punkterne, også over for partifæller"
            r"|\b(?:har|er\s+underlagt)\s+tavshedspligt\s+(?:om|omkring|vedrørende)\s+(?:punkt\w*|sagen|sagerne|det|dette|oplysninger\w*|drøftelse\w*)(?:,?\s+også\s+over\s+for\s+[\w-]+)?"
            # not to go further: "… og må ikke gå videre til skolens lærerværelse"
            r"|\bmå\s+ikke\s+(?:gå|komme|slippe)\s+videre\b(?:\s+til\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
            # given to no relative: "Oplysninger om medicinen gives ikke til far"
            r"|\b(?:gives|videregives|udleveres)\s+ikke\s+(?:videre\s+)?til\s+(?:far|mor|forældrene|de\s+pårørende|familien|faren|moren|værgen|skolen)\b"
            # nothing to a relative, as a note: "NB: ikke noget til far om at mor har henvendt sig", "Begrænsning på
            # sagen: ingen oplysninger om gravsted til ekskonen"
            rf"|(?<=(?:^|[:–\-.!])[ \t]*)(?:ingen\s+oplysninger|ikke\s+noget|intet)(?:\s+om\s+[\w-]+)?\s+til\s+(?:{_KIN}|pressen|medierne|offentligheden)\b"
            r"(?:\s+om\s+[^\n.;–]{1,60}?(?=[ \t]*(?:[\n.;–]|$)))?"
            # not talked about, the thing first: "Det må de andre i hjemmeplejen ikke snakke om med naboerne"
            r"|\b(?<=\bdet\s)(?:må|skal)\s+(?:[\w-]+\s+){1,5}?ikke\s+(?:snakke|tale|fortælle)\s+om\b(?:\s+(?:med|til)\s+[\w-]+)?"
            # in English: "the mother should not be contacted before our meeting", "nothing to the media until …"
            rf"|\b(?:should|must|may|shall|is|are)\s+not\s+(?:be\s+)?(?:contacted|told|informed|approached|notified)\b(?:\s+(?:about|of)\s+[^\n.!?;]{{1,50}}?)?(?:{_CONDITION})"
            rf"|\bnothing\s+(?:(?:said|goes|is\s+said)\s+)?to\s+(?:the\s+)?(?:press|media|public|journalists|radio)(?:{_CONDITION})"
            # kept in the drawer until a time: "de ligger i skuffen til i morgen kl. 8"
            rf"|\b(?:ligger|bliver\s+liggende|bliver|holdes|forbliver)\s+i\s+skuffen,?(?:{_CONDITION})",
            STRONG,
        ),
        # Readers in brackets after a level: "Klassifikation: Fortrolig (kun til afdelingsleder og TR)".
        Pattern(
            "readers in brackets after a level (likely)",
            rf"\((?<=(?:{_LEVEL})[ \t]*\()\K(?:kun|alene|udelukkende|only|ikke|not)\s+(?:til|for)\s+[^()\n]{{1,80}}(?=\))",
            LIKELY,
        ),
        # A document kept to a case file: "Medarbejdersamtale, referat kun til personalesagen".
        Pattern(
            "kept to a case file (likely)",
            rf"\bkun(?<=\b[\w-]*(?:{_DOCUMENT})\w*\s+kun)\s+til\s+(?:[\w-]*sagen|journalen|[\w-]*mappen)\b",
            LIKELY,
        ),
        # To the right person alone, a letter's heading: "Til rette vedkommende alene".
        Pattern("to the right person alone (likely)", r"\btil\s+rette\s+vedkommende\s+(?:alene|personligt)\b", LIKELY),
        # Not written about in a shared channel: "Skriv venligst ikke om det på Aula", "skriv ikke om det i kanalen".
        Pattern(
            "not written about in a channel (likely)",
            r"\bskriv\s+(?:venligst\s+|lige\s+)?ikke\s+om\s+(?:det|dem|den|sagen)\s+(?:på|i)\s+[\w-]+(?:,\s+hvor\s+[^\n.!?;]{1,50})?",
            LIKELY,
        ),
        # Sensitive information said to follow: "Forretningsfortrolige oplysninger fremgår nedenfor".
        Pattern(
            "sensitive information said to follow (likely)",
            rf"\b(?:{_LEVEL})\s+oplysninger(?=\s+(?:fremgår|følger|står|findes)\s+(?:nedenfor|herunder|nedenunder|i\s+bilag))",
            LIKELY,
        ),
        # To readers alone, or to you in a role: "Oversigten er til direktionen alene", "Oplysningen om diagnosen er kun
        # til dig som værkstedsleder", "kun til min egen brug".
        Pattern(
            "to readers alone or to you in a role (likely)",
            rf"\ber\s+til\s+(?:{_CLOSED_AUDIENCE}|{_ROLES})\s+(?:alene|udelukkende)\b"
            rf"|\ber\s+(?:kun|alene|udelukkende)\s+til\s+(?:dig|jer)\s+som\s+{_ROLE}\b"  # (not an offer: "… til dig som pensionist")
            r"|\b(?:kun|alene|udelukkende)\s+til\s+(?:min|din|vores|jeres)\s+egen\s+brug\b"
            r"|\b(?:kun|alene|udelukkende)\s+til\s+mig\s+selv\b(?:\s+og\s+(?:min|mine)\s+[\w-]+)?"
            # to someone's own information after a heading's dash: "Notat til borgmesteren – til borgmesterens egen orientering"
            r"|til(?<=[–:(]\stil|\(til)\s+(?:min|din|vores|jeres|[\w-]+(?:ens|ets|nes|s))\s+egen\s+(?:orientering|brug|information)\b",
            LIKELY,
        ),
        # To some and not to others after a heading's dash: "Sagsnotat – til SSP-koordinator og skoleleder, ikke til
        # forældrerådet".
        Pattern(
            "to some and not to others (likely)",
            rf"til(?<=[–-]\stil|\(til)\s+(?:{_ROLES}|[\w-]*udvalget|[\w-]+gruppen)(?:,|\s+[–-])?\s+(?:ikke|not)\s+til\s+[\w-]+(?:\s+kreds)?",
            LIKELY,
        ),
        # A letter opened only by the addressee: "PERSONLIGT – må kun åbnes af adressaten".
        Pattern(
            "opened only by the addressee (likely)",
            r"\b(?:må\s+)?kun\s+åbnes\s+af\s+(?:adressaten|modtageren)\b|\bto\s+be\s+opened\s+(?:only\s+)?by\s+the\s+addressee(?:\s+only)?\b",
            LIKELY,
        ),
        # Kept out of a shared view, as a note: "Sagsresumé – beskyttet sag, vis ikke i fællesoversigten", "privat aftale,
        # vises ikke i den delte kalender" (not a fault: "Fejl i Aula – billeder vises ikke på forsiden").
        Pattern(
            "not shown in a shared view, as a note (likely)",
            r"(?:vis|vises)(?<=(?:^|[–\-,:]\s)(?:vis|vises))\s+ikke\s+(?:i|på|for)\s+(?:den\s+|det\s+|de\s+)?"
            r"(?:(?:delte?|fælles|offentlige?)\s+[\w-]+|[\w-]*(?:fælles|delt|offentlig|portal)[\w-]*)",
            LIKELY,
        ),
        # A second restriction joined to a first: "Oplysningerne må kun bruges i efterforskningen og ikke videregives til
        # arbejdsgiveren", "Listen må kun bruges af vintervagten og skal slettes 1. april".
        Pattern(
            "a second restriction after a first (likely)",
            rf"\bmå\s+(?:kun|alene|udelukkende)\s+(?:bruges|anvendes|benyttes|læses|ses)\s+(?:[^\W\d_]+\s+){{1,3}}?og\s+\K"
            rf"ikke\s+(?:{_PASS_ON_DA})(?:\s+(?:til|med|uden\s+for)\s+[\w-]+)?",
            LIKELY,
        ),
        # Not shown to a reader in a system: "Journalnotat – ikke synligt for pårørende i appen".
        Pattern(
            "not visible to a reader (likely)",
            r"\bikke\s+synlig[te]?\s+for\s+[\w-]+(?:\s+(?:i|på)\s+[\w-]+)?|\bnot\s+visible\s+to\s+[\w-]+",
            LIKELY,
        ),
        Pattern("a draft's word heading a line in capitals (likely)", r"(?-i:^[ \t#*>_]*(?:KLADDE|UDKAST|DRAFT)[ \t*_]*$)", LIKELY),
        # A level that is a sentence of its own: "Gør teksten kortere. Personfølsomt.", "… Fortroligt!".
        Pattern(
            "level as a sentence of its own (likely)",
            rf"[.!?]\s{{1,2}}\K(?:{_LEVEL})(?=\s*[.!]*\s*(?:\n|$))",
            LIKELY,
        ),
        # A footer or heading saying what this text holds: "Indeholder personfølsomme oplysninger".
        Pattern(
            "this text holds sensitive data (likely)",
            rf"(?:^{_LINE_START}|[–-]\s\K|\b(?:and|og)\s+\K)(?:(?:denne|dette|this)\s+[^\W\d_]+\s+)?(?:indeholder|kan\s+indeholde|contains|may\s+contain)\s+"
            r"(?:fortrolige|personfølsomme|følsomme|tavshedsbelagte|confidential|sensitive|personal)\s+"
            r"(?:oplysninger|personoplysninger|data|information|personal\s+data)\b"
            # or said of a text in a sentence: "Dokumentet indeholder fortrolige oplysninger om tilbudsgiverne"
            # (the verb is matched first and its subject looked for behind it: a look-behind at every position is slow)
            rf"|(?:indeholder|kan\s+indeholde|contains|may\s+contain)"
            rf"(?<=\b(?:(?:{_DOCUMENT})\w{{0,5}}(?:\s+\d+)?|det|den|de|it)\s(?:indeholder|kan\s+indeholde|contains|may\s+contain))\s+"
            r"(?:(?:fortrolige|personfølsomme|følsomme|confidential|sensitive)\s+(?:oplysninger|personoplysninger|data|information)"
            r"|forretningshemmeligheder|business\s+secrets|trade\s+secrets)\b",
            LIKELY,
        ),
        # "slet denne besked efter læsning", "Destroy after reading": a text meant to exist only until read.
        Pattern(
            "destroy after reading (strong)",
            r"\b(?:slet|makulér|makuler|destruér|destruer|delete|destroy|shred)\s+(?:(?:denne|dette|den|det|this|it)(?:\s+her)?\s+)?(?:[\w-]+\s+)?"
            r"(?:(?:straks\s+|immediately\s+)?(?:efter|after)\s+(?:læsning|gennemlæsning|gennemgang(?:en)?|brug|reading|use|journalisering|endt\s+behandling|mødet|samtalen|the\s+meeting)|bagefter|efterfølgende|afterwards)\b"
            r"|\b(?:slet|makulér|makuler|husk\s+at\s+slette)\s+(?:lige\s+|venligst\s+)?(?:(?:denne|dette)\s+(?:besked|mail|e-mail|sms|fil|liste|tråd|dokument)"
            r"|(?:(?:denne|dette|den|det)\s+)?(?:beskeden|mailen|sms'en|filen|listen|tråden|dokumentet|den|det))"
            r"(?:\s+i\s+(?:chatten|tråden|gruppen))?,?\s+(?:når|så\s+snart)\s+[^\n.!?;]{1,50}"
            # deleted by whoever gets it: "det skal slettes af modtageren"
            r"|\b(?:slettes|makuleres)\s+af\s+(?:modtageren|modtagerne|the\s+recipient)\b"
            r"|\b(?:slettes|makuleres|destrueres)\s+(?:[\w-]+\s+){0,5}?(?:efter\s+(?:endt\s+)?(?:brug|læsning|behandling|journalisering|indtastning|scanning|registrering)"
            r"|senest\s+[^\n.!?;]{1,50})"
            # after an event or once something has happened: "Slettes efter vagtskifte", "slettes, når stillingen er besat",
            # "… og destrueres samme dag"
            r"|(?:slettes|makuleres|destrueres|kasseres)(?<=(?:^|[–-]\s|[.!?]\s|,\s|\(\s?|\bog\s|(?:\bog|[–-])\s(?:skal|bør)\s)(?:slettes|makuleres|destrueres|kasseres))"
            r"(?:\s+af\s+[\w-]+)?"  # by whom: "og slettes af leverandøren efter skoleåret"
            r"(?:\s+(?:fra|i|på)\s+[\w-]+)?"  # from where: "– slettes fra indbakken når de er registreret"
            rf"(?:\s+efter(?:[ \t]+[^\W\d_][\w-]*){{1,2}}|,?\s+når\s+[^\n.!?;]{{1,50}}|\s+(?:bagefter|derefter|samme\s+dag)\b|\s+(?:senest\s+)?(?:den\s+)?\d{{1,2}}\.\s*(?:{_MONTHS})"
            # on a weekday, perhaps after an event: "Listen destrueres fredag efter sidste time"
            rf"|\s+(?:senest\s+)?(?:på\s+)?(?:{_WEEKDAYS_DA})(?:\s+efter\s+[\w-]+(?:\s+[\w-]+)?)?)"
            # after this text, from a place, once something has happened: "Listen slettes fra skrivebordet, når …"
            rf"|\b(?=(?:slettes|makuleres|destrueres)\b){_THIS_SUBJECT_BEFORE}(?:slettes|makuleres|destrueres)(?:\s+igen)?(?:\s+(?:fra|i|på)\s+[\w-]+)?,?\s+(?:når|så\s+snart)\s+[^\n.!?;]{{1,50}}"
            # papers after the meeting or another event: "Rapporten destrueres efter mødet" (a handout), "Listen skal
            # makuleres efter turen"
            rf"|\b(?:slettes|makuleres|destrueres)(?<=\b{_PAPERS}\s(?:skal\s+)?(?:slettes|makuleres|destrueres))\s+(?:efter\s+[\w-]+(?:en|et)\b"
            # or on a weekday: "Listen destrueres fredag efter sidste time"
            rf"|(?:på\s+)?(?:{_WEEKDAYS_DA})\b(?:\s+efter\s+[\w-]+(?:\s+[\w-]+)?)?)",
            STRONG,
        ),
        # A paper that must not leave the office, as its heading's note: "Nøgleboks-liste (uddrag) – må aldrig forlade kontoret",
        # "Payroll data – not to leave the finance team" (not a person: "Beboeren – må ikke forlade afdelingen").
        Pattern(
            "a paper kept in the office (strong)",
            rf"(?:må|skal)(?<=\b(?:{_PAPERS}|data)\b[^\n–]{{0,30}}[–-][ \t](?:må|skal))\s+(?:aldrig|ikke)\s+forlade\s+"
            r"(?:kontoret|huset|afdelingen|bygningen|rådhuset|teamet|[\w-]+(?:kontoret|teamet|afdelingen))(?=[ \t]*(?:[.!)]|$))"
            rf"|\bnot(?<=\b(?:{_PAPERS}|data)\b[^\n–]{{0,30}}[–-][ \t]not)\s+to\s+leave\s+(?:the\s+)?(?:[\w-]+\s+)?(?:team|office|department|unit|building)\b",
            STRONG,
        ),
        # Kept in one place only: "Opbevares kun i personalesagen, ikke på fællesdrevet".
        Pattern(
            "stored in one place only (likely)",
            # (also noted or registered so, and in a compound's folder: "Noteres kun i socialsystemet, ikke i …", "gemmes kun i
            # elevmappen")
            r"\b(?:(?:opbevares|gemmes|lagres|ligger|noteres|registreres|lægges|holdes|arkiveres)\s+(?:kun|alene|udelukkende)|må\s+kun\s+(?:ligge|gemmes|opbevares))\s+(?:i|på)\s+"
            r"(?:[\w-]*sag(?:en)?|journal(?:en)?|[\w-]*system(?:et)?|arkiv(?:et)?|[\w-]*mappe(?:n)?|esdh|nexus|sbsys|[\w-]*drev(?:et)?)\b"
            r"(?:,?\s+ikke\s+(?:i|på)\s+(?:[\w-]+s\s+)?[\w-]+)?"  # ("…, ikke på teamets fællesdrev")
            # … also without "kun", when the line says where not: "Advarslen skal ligge i personalesagen, ikke i fællesdrevet"
            r"|\b(?:skal\s+ligge|holdes|lægges|opbevares|gemmes|noteres)\s+(?:i|på)\s+[\w-]*(?:sag|journal|mappe|system)\w*,?\s+ikke\s+(?:i|på)\s+(?:[\w-]+s\s+)?[\w-]+"
            # kept under one's hand, as a note of its own or said of a text: "Må ikke efterlades i bilen", "Listen må ikke
            # ligge fremme" (not "Cyklerne må ikke tages med hjem"); after a heading's separator too: "Udarbejdet af: …, SSA ·
            # Må ikke efterlades i bilerne eller hos borgerne", "Må ikke fotograferes eller tages med hjem"
            # (papers of any kind lie about: "Kvitteringen må ikke ligge fremme i receptionen")
            rf"|\bmå(?<=\b[\w-]+(?:en|et|erne)\små)\s+ikke\s+(?:ligge|hænge)\s+fremme\b(?:\s+(?:i|på)\s+[\w-]+)?"
            rf"|\bmå(?<=(?:^[ \t*>-]*|[·|][ \t]+|\([ \t]?|\b(?:[\w-]*(?:{_DOCUMENT}|seddel|sedlen|liste|tabel)\w*(?:\s+(?:med|om)\s+[\w-]+)?|den|det|dem|dette|denne)\s)må)\s+ikke\s+(?:hænge\s+fremme|efterlades|ligge\s+fremme|lægges\s+fremme|tages\s+med\s+hjem|forlade\s+(?:huset|kontoret|rådhuset|[\w-]*(?:centret|centeret|afdelingen|afsnittet))|hænge"
            r"|(?<=^[ \t*>-]*må\s+ikke\s)(?:af)?fotograferes)\b(?:\s+eller\s+(?:tages\s+med\s+hjem|kopieres|efterlades|printes))?"
            r"(?:\s+(?:i|på|hos)\s+[\w-]+(?:\s+eller\s+(?:i|på|hos)\s+[\w-]+)?)?(?![ \t]*:)"  # (not a list's label: "Må ikke fotograferes: Ahmed")
            # a heading's note after its dash: "Arbejdsseddel – efterlades ikke hos borgerne", "Ledelsesinformation – bør ikke
            # forlade HR" (not a work rule said of a person: "Du må ikke forlade kontoret før kl. 16")
            rf"|(?<=,[ \t])(?:må|bør|skal)\s+ikke\s+forlade\s+(?:[\w-]*system(?:et)?|{_UNIT})\b"  # "beboerdata, må ikke forlade fagsystemet"
            # ("Indflytning – personoplysninger, fjernes fra printeren straks")
            rf"|fjernes(?<=(?:{_PAPERS}|\w*oplysninger),[ \t]fjernes)\s+fra\s+(?:printeren|bordet|tavlen|skærmen|fællesdrevet)\b(?:\s+(?:straks|med\s+det\s+samme|efter\s+brug))?"
            rf"|(?<=[–-][ \t])(?:efterlades\s+ikke\s+(?:i|på|hos)\s+[\w-]+|må\s+ikke\s+tages\s+med\s+hjem"
            rf"|fjernes\s+fra\s+(?:[\w-]*(?:tråd|chat|aula|intra|kanal)\w*)"
            rf"|(?:fjernes|udelades|slettes|anonymiseres)\s+(?:før|inden)\s+[^\n.;]{{1,50}}?\b(?:lægges|sendes|offentliggøres|udsendes|deles)\b(?:\s+(?:på|ud|til)(?:\s+[\w-]+)?)?"
            rf"|(?:må|bør|skal)\s+ikke\s+forlade\s+(?:huset|kontoret|rådhuset"
            rf"|{_UNIT}|(?-i:HR|IT|MED|DPO|PPR)(?:-[\w-]+)?)\b(?:{_CONDITION})?)",
            LIKELY,
        ),
        # Partner towns' markings in Swedish, Norwegian, German and French: "Denna information är sekretessbelagd",
        # "Unntatt offentlighet", "Streng vertraulich", "Sperrfrist: 12.03., 10 Uhr", "CONFIDENTIEL – ne pas diffuser".
        Pattern(
            "markings in neighbouring languages (strong)",
            r"\b(?:sekretessbelag(?:d|da|t)|omfattas\s+av\s+sekretess|u?nntatt\s+offentlighet|konfidensiell[te]?|konfidensielt"
            r"|(?:streng\s+)?vertraulich(?:e|es)?|nur\s+für\s+den\s+dienstgebrauch|confidentiel(?:le)?|diffusion\s+restreinte"
            # (also for one team: "Nur für das Pflegeteam")
            r"|nur\s+für\s+(?:das|die|den)\s+[\w-]*(?:team|leitung|abteilung|personal|station)"
            r"|ne\s+pas\s+diffuser(?:\s+avant\s+[^\n.!?;]{1,50})?|sous\s+embargo"
            r"|ne\s+pas\s+rendre\s+(?:cette|ce|cet|ces)\s+[\w-]+\s+publi(?:c|que)s?(?:\s+avant\s+[^\n.!?;]{1,50})?"
            # a Swedish level heading its line, and for the addressee only: "Sekretess – endast för mottagaren"
            r"|sekretess(?=[ \t]*[–-])|endast\s+för\s+(?:mottagaren|adressaten)"
            r"|ej\s+för\s+(?:vidare\s+)?(?:spridning|publicering|distribution)|endast\s+för\s+[\w-]+\s+inom\s+[\w-]+"
            r"|(?:ska|får)\s+inte\s+(?:delas|spridas|lämnas\s+ut)(?:\s+(?:med|till)\s+[\w-]+)?|skal\s+ikke\s+spres|poufn[eay]|ściśle\s+tajne"
            # not public yet in Swedish, and a Polish request not to pass a mail on: "Besöket är inte offentligt ännu",
            # "Proszę nie przekazywać tego maila nauczycielom"
            r"|(?:är|blir)\s+inte\s+offentlig[at]?\s+(?:ännu|än)|(?:proszę\s+)?nie\s+(?:przekazywać|przesyłać|udostępniać|rozpowszechniać)\b[^\n.!?]{0,50}"
            r"|nicht\s+(?:zur\s+veröffentlichung|weitergeben|weiterleiten)|nicht\s+an\s+dritte\s+weiter(?:geben|gegeben|leiten)?"
            r"|sperrfrist\s*:?\s*[^\n]{1,40})\b",
            STRONG,
        ),
        # An internal text named later in a heading, before its restriction: "Sygefraværsliste uge 47 – Intern HR-oversigt, må
        # ikke hænges op", "(internt oplæg, udleveres ikke til pressen)" ("(intern note: ring til mor)" is a remark; in "Intern
        # note fra skolesocialrådgiveren – ikke til forældreintra" the restriction after the dash is the marking).
        Pattern(
            "internal text named in a heading (likely)",
            # ("Svar til et byrådsmedlem, internt arbejdsdokument: …", "Referat fra pressemøde – Intern version – indeholder
            # navne", "Krisestabens log – Intern log, ikke til pressen" (a log after a dash only: "…, intern log, må ikke
            # udleveres" is left);
            # not "Intern mail fra kommunikationschefen:" or "Presseoplæg (intern):", which older writers leave unmarked)
            rf"(?:(?<=[–-][ \t])|(?<=\()|(?<=,[ \t]))intern[t]?\s+[\w-]*?(?:{_DOCUMENT}|dokument|arbejdspapir|version|udgave|(?<=[–-][ \t]intern[ \t])log)\w*(?=,[ \t]|(?<=,[ \t][^\n,]{{1,40}})[ \t]*:|(?<=[–-][ \t][^\n,–]{{1,40}})[ \t]+[–-][ \t])",
            LIKELY,
        ),
        # The Traffic Light Protocol that CERTs and IT security use: RED, AMBER and GREEN limit sharing (CLEAR does not).
        Pattern("traffic light protocol (sure)", r"\bTLP\s*:\s*(?:RED|AMBER(?:\s*\+\s*STRICT)?|GREEN|RØD|GUL|GRØN)\b", SURE),
        # A handling label heading a line: "Sensitive – handle with care", "Need to know basis only.",
        # "Fortrolighed: Høj", "Begrænset adgang: kun HR", "Kun til ledelsen", "Internt notat" as a title
        # ("(intern note: …)" is a remark, not a marking).
        *_placed(
            "handling label heading a line (likely)",
            {"at a line's start": rf"^{_LINE_START}", "after a dash near a line's start": r"[–\-:]\s(?<=^[^\n]{0,20}[–\-:]\s)\K",
             "after a sentence": r"(?<!\b\d)(?<!\b\d\d)[.!?]\s\K"},
            rf"(?:(?:official[-\s])?sensitive|need[-\s]to[-\s]know(?:\s+basis)?(?:\s+only)?(?:\s*:\s*(?:kun|only)\s+[\w-]+)?"
            rf"|følsomt\s+indhold|sensitive\s+(?:content|information)"
            # a heading: "Følsomme personoplysninger – HR", "Følsom beboersag – kun for …" (not a rule: "Følsomme
            # personoplysninger må ikke sendes på mail")
            rf"|(?:følsomme\s+(?:person)?oplysninger|(?:særligt\s+|meget\s+)?følsom[t]?\s+[\w-]*(?:sag|notat|dokument))(?=[ \t]*(?:[–\-:]|$))"
            # ("Følsom – skal ikke videre til skolen"), also sensitive for the people it is about ("Beboerfølsomt – …"; not
            # a thing's care label: "Lysfølsomt – opbevares mørkt")
            rf"|(?:{_SENSITIVE_FOR_PEOPLE}|følsom[t]?)(?=[ \t]+[–-][ \t])"
            # … before what it is: "Borgerfølsom sag – må ikke ligge på fællesdrevet"
            rf"|(?:{_SENSITIVE_FOR_PEOPLE})\s+[\w-]*?(?:sag|notat|dokument|oplysninger)(?=[ \t]+[–-][ \t]|[ \t]*$)"
            rf"|(?:{_SENSITIVITY_LABEL})\s*:\s*"
            rf"(?:høj|middel|high|medium|fortrolig\w*|intern\w*|begrænset|confidential|restricted|sensitive|limited"
            rf"|følsom(?:me?\s+(?:person)?oplysninger|t)?)"  # "Klassificering: Følsomme personoplysninger", "Klassificeret: Følsom"
            rf"|(?:begrænset\s+adgang|restricted\s+access|limited\s+distribution)(?:\s*:\s*[^\n]{{1,40}})?"
            r"|intern[ \t]+(?-i:[A-ZÆØÅ]{2,5}|Q&A)(?=[ \t]+[–-][ \t])"  # an abbreviation's text: "Intern UTH – …", "Intern Q&A – …"
            rf"|intern[et]?\s+(?:[\w-]+isk\s+)?[\w-]*?(?:{_DOCUMENT}|log|logbog|strategi|arbejdspapir|manus|manuskript|plan|drøftelse|overvejelse|kladde|vurdering)\w*(?:[ \t]*\([^()\n]{{1,30}}\))?(?:[ \t]+\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?)?(?:\s+til\s+{_ROLES}(?=,))?(?=[ \t*_\])]*(?:[–\-|,]|$))"  # also "Internt arbejdsdokument (offvl. § 23)", "Internt HR-notat –", "Intern note til kommunikation, …"
            # between two people: "Mellem os to: …", "Strengt mellem os, …", "Under fire øjne", "Til dig personligt –"
            # (also until a time: "Mellem os indtil mødet tirsdag: …")
            rf"|(?:strengt\s+|lige\s+|helt\s+)?mellem\s+os(?:\s+to)?(?:\s+indtil\s+[^\n:.,;]{{1,30}}?)?|under\s+(?:fire|4)\s+øjne|(?:kun\s+)?til\s+dig\s+personligt"
            # to readers alone, access restricted: "Til pressechefen alene –", "Adgangsbegrænset: HR, direktør for …"
            rf"|til\s+{_ROLES}\s+(?:alene|udelukkende)|adgangsbegrænse(?:t|de)(?:\s*:\s*[^\n]{{1,60}})?"
            rf"|(?:strictly\s+)?between\s+(?:us|you\s+and\s+me)"
            # (a unit named in full: "Adgang: kun virksomhedskonsulenterne i Jobcenter Skarvnæs")
            rf"|(?:adgang|access|distribution|fordeling|modtagere)\s*:\s*(?:kun|only|alene|begrænset|restricted|limited)\b[^\n]{{0,60}}"
            # (or its readers, then no one else: 'adgang: "lærere på turen – ingen andre"')
            rf"|(?:adgang|access|distribution|fordeling|modtagere)\s*:\s*[\"']?[^\n\"']{{1,40}}?[–-]\s*(?:ingen\s+andre|no\s+one\s+else|nobody\s+else)\b[\"']?"
            rf"|(?:adgang|access)\s+(?:kun|only|alene)\s+(?:for|til|by)\s+[\w-]+"
            rf"|(?:adgangen\s+er\s+)?(?:begrænset|forbeholdt)\s+(?:til\s+)?{_ROLES}|access\s+(?:is\s+)?(?:restricted|limited)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+"
            rf"|(?:kun|alene|udelukkende|only)\s+(?:til|for)\s+(?:{_CLOSED_AUDIENCE})(?:\s+(?:og|&)\s+(?:[\w-]+\s+)?{_ROLE})?"  # ("kun til sagens parter og faglig leder")
            rf"|til\s+[\w-]+(?:ens|ets|nes)\s+(?:interne\s+)?brug)"  # "Til direktionens brug"
            rf"(?=[ \t*_\])]*(?:[:.,\-–|)\]!\\/]|$))",  # (or a second value after a slash: "Klassificering: intern / løn")
            LIKELY,
        ),
        # A classification or sensitivity field anywhere in a line: "… til byrådet. Klassifikation: Intern.",
        # '"klassifikation": "PERSONFØLSOMT"', "Følsomhedsmærkat: Fortroligt \ Personale".
        Pattern(
            "classification field (likely)",
            # the value is the span: \K (presidio's engine, `regex`) drops the label from the match
            rf"\b(?:{_FIELD_LABEL})[\"']?\s*[:=]\s*[\"']?\K(?:{_FIELD_VALUE_LEVEL})(?=[\"']|[ \t*_\])]*(?:[:.,\-–|()\]!\\;]|$))"
            # a sensitivity label's high value in a record: '"fortrolighed": "høj"'
            rf"|\b(?:{_SENSITIVITY_LABEL})[\"']\s*:\s*[\"']\K(?:høj|meget\s+høj|high)(?=[\"'])",
            LIKELY,
        ),
        # Who may see it, as a system's field: "Synlig for: lærerteam og ledelse", "Visible to: HR".
        Pattern(
            "visible to (likely)",
            rf"\b(?:(?:kun\s+)?synlig\s+for|visible\s+to|kan\s+(?:kun\s+)?ses\s+af)\s*:\s*\K{_ROLES}(?=[ \t]*(?:[.,;|)]|$))",
            LIKELY,
        ),
        Pattern(
            "draft status field (likely)",
            rf"\b[\w-]*status[\"']?\s*[:=]\s*[\"']?\K{_DRAFT_VALUE}(?=[\"']|[ \t]*(?:[,;|)\]]|$))",
            LIKELY,
        ),
        Pattern(
            "access field (likely)",
            rf"\b(?:{_ACCESS_LABEL})[\"']?\s*[:=]\s*[\"']?\K(?:{_ACCESS_VALUE})(?=[\"']|[ \t*_\])]*(?:[:.,\-–|)\]!\\;]|$))"
            # the readers a quoted distribution names: 'distribution: "KS-medlemmer og indsatsledere"'
            r"|\b(?:distribution|modtagerkreds)[\"']?\s*[:=]\s*[\"']\K(?!(?:alle|offentlig\w*|public|everyone|all)\b)[^\"'\n]{2,60}(?=[\"'])"
            # units named as a visibility's whole value: "Synlighed: Løn og Sekretariat" (not "Synlighed: Alle")
            r"|\b(?:synlighed|visibility)[\"']?\s*[:=]\s*[\"']?\K(?!(?:alle|offentlig\w*|public|everyone|all)\b)"
            r"(?-i:[A-ZÆØÅ])[\w-]+(?:(?:\s*,\s*|\s+(?:og|and)\s+)(?-i:[A-ZÆØÅ])[\w-]+){0,3}(?=[\"']?[ \t]*$)",
            LIKELY,
        ),
        *_placed(
            "kept to a group (likely)",
            {**_NOTE_PLACES,
             "after a level and a comma": rf",\s(?<=(?:{_LEVEL}|intern[t]?|privat|personlig[t]?)(?:\s+[\w-]+)?,\s)\K",
             "after a sentence": r"[.!?][\"”»']?[ \t]+\K"},
            r"(?:(?:sendes|deles|vises)\s+)?(?:kun|alene|udelukkende|only|bare)\s+"
            r"(?:til|for)\s+(?:kredsen\s+af\s+[\w-]+|dig|jer|[\w-]+s\s+medlemmer|(?!info\b)[\w-]+(?:en|et|ne|erne|ene)"
            # (or people named by an adjective, perhaps with what they do: "(kun til de voksne der deltager)")
            r"|de\s+(?:voksne|ansatte|frivillige|involverede|implicerede|berørte|fremmødte)(?:\s+(?:der|som)\s+[\w-]+(?:\s+[\w-]+)?(?=[ \t]*[)\]]))?)"
            r"\b(?:\s+(?:i|på|ved|hos|af|under|og|eller)\s+[\w-]+)?"
            # (also before a second restriction: "Referatet sendes kun til deltagerne og må ikke lægges i elevmappen")
            r"(?=[ \t]*(?:[^\w\s,]|,(?!\s*(?:der|som)\b)|$)|\s+og\s+(?:(?:må|skal|bør)\s+(?:ikke|kun|aldrig)|slettes|makuleres|destrueres)\b)",
            LIKELY,
        ),
        # A unit or role a heading is kept to or kept from, as a note: "journalnotat – kun sundhedsplejen:",
        # "(kun krisestab)", "lønoplysninger, ikke til teamet", "(ikke til opslagstavlen)".
        *_placed(
            "kept to a unit, as a note (likely)",
            _NOTE_PLACES,
            rf"(?:kun|alene|udelukkende)\s+(?:{_ROLES}|{_UNIT})(?=[ \t]*(?:[:.,!–\-|)\]]|$))",
            LIKELY,
        ),
        # The same in capitals, wherever it stands: "KUN SKOLELEDELSEN", "ALENE TIL HR".
        Pattern(
            "kept to a unit, in capitals (likely)",
            rf"(?-i:\b(?:KUN|ALENE)\s+(?:TIL\s+)?)(?:{_UNIT}|{_ROLES})(?=\s)",
            LIKELY,
        ),
        Pattern(
            "kept from readers, as a note (likely)",
            rf"(?<=[^\W\d_],[ \t])ikke\s+til\s+(?:{_ROLES}|{_UNIT})(?=[ \t]*$)"
            # (not the text the AI is to write: "baggrund til dig (ikke til teksten)")
            r"|(?<=\([ \t]*)ikke\s+til\s+(?!(?:teksten|svaret|brevet|mailen|opslaget)\b)[\w-]+(?:en|et|ne|erne|ene)(?=[ \t]*\))"
            # to some, not to others, in brackets: "(til udvalget, ikke til kandidaterne)"
            r"|(?<=\()til\s+[\w-]+(?:en|et|ne|erne|ene),\s+ikke\s+til\s+[\w-]+(?:en|et|ne|erne|ene)(?=\))"
            # after a heading's dash, closed to a group or a detail kept off a public channel: "Referat fra netværksmøde –
            # lukket for forældre", "En ældre borger evakueret – detaljer ikke til web"
            r"|(?<=[–-][ \t]|\()(?:[\w-]+\s+)?lukket\s+for\s+(?:forældre\w*|pårørende|offentligheden|pressen|borgere\w*|tilhørere\w*|[\w-]+erne)(?=[ \t]*(?:[.,;:)]|$))"
            r"|ikke(?<=[–-][ \t]ikke)\s+i\s+(?:den|det)\s+(?:offentlige|fælles|delte)\s+[\w-]+"
            r"|ikke(?<=[–-][ \t]ikke)\s+i\s+(?:fælles|delte)[\w-]+(?:en|et|ne)\b"  # ("– ikke i fælleskalenderen")
            # … or in a bracket, not in an open one: "Møde m. advokat (ikke i den offentlige kalender)"
            r"|(?<=\()ikke\s+i\s+(?:den\s+|det\s+)?(?:offentlige|åbne|fælles|delte)\s+[\w-]+(?=\))"
            r"|(?<=(?:[–-]|[^\W\d_][\"”»')]?,)[ \t])(?:[\w-]+[ \t]+)?ikke\s+til\s+(?:web|hjemmesiden|pressen|medierne|aula|[\w-]*intra(?:net)?(?:tet)?|facebook|some"
            r"|offentligheden|[\w-]*tavlen|[\w-]*mappen|[\w-]+s\s+mappe|sagens\s+parter|parterne)\b"
            # a heading to one reader and not to another: "Til klasselæreren – ikke til vikarer"
            # kept to a role after a heading's comma, closing the line: "Besøgsplan, uge 50, kun til vagtplanlæggeren"
            # (a heading: a noun and a few words, no sentence: not "Vi køber kage i morgen, kun til lærerne")
            r"|\bkun(?<=^[ \t]*(?!(?:vi|jeg|du|han|hun|de|det|der|vil|kan|skal)\b)[A-ZÆØÅ][\w-]{3,}(?:[ \t]+[\w.-]+){0,2}(?:,[ \t]+[^\n,.!?]{1,25}){0,2},[ \t]kun)"
            r"\s+til\s+(?:de\s+)?(?:[\w-]+\s+)?[\w-]+(?:en|et|erne|ne)(?=[ \t]*$)"
            # (or after its comma, as a sentence of its own after a statement: "… i praktisk arbejde. Til UU-vejlederen, ikke til
            # praktikstedet"; not the audience of what a question asks for: "Kan du lave en plan …? Til lærere, ikke til elever")
            r"|(?<=(?:^[ \t]*|[.!][ \t]+)til\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:[ \t]+[–-]|,)[ \t])ikke\s+til\s+(?:[\w-]+\s+)?[\w-]+(?=[ \t]*\.?[ \t]*$)",
            LIKELY,
        ),
        # A text said to be kept to some readers or to their use: "Dette svar er kun til dig", "Listen er kun til Vej og
        # Parks vintervagt", "Listen må kun bruges af vintervagten" (the span from "kun"; not an offer: "Kurset er kun for
        # nyansatte").
        Pattern(
            "kept to readers, said of a text (likely)",
            # (also what it is about, and readers before what else is said of it: "Oplysningen om den mistænkte er kun til
            # ledelsen og må ikke nævnes", "Listen er kun til de voksne på turen og skal makuleres")
            rf"\b(?:{_KEPT_TEXT})(?:\s+(?:om|fra|over|med)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?(?:\s+her)?\s+er\s+\K(?:kun|alene|udelukkende)\s+(?:til|for)\s+"
            rf"(?:(?:dig|jer|mig|os)\b|(?:{_ROLES}|{_UNIT}|{_CIRCLE})\b|(?:[\w-]+[ \t]+){{0,3}}?[\w-]*\w(?=[ \t]*(?:[.,!)](?!\w)|$)|[ \t]+(?:og[ \t]+(?:må|skal|bør|kan|[a-zæøå]+es)\b|[–-][ \t])))"
            # this, said of a text kept to a circle: "Dette er kun til hjemmeplejen – send det ikke videre"
            rf"|\b(?:dette|det\s+her)\s+er\s+\K(?:kun|alene|udelukkende)\s+(?:til|for)\s+(?:{_ROLES}|{_UNIT}|{_CIRCLE})\b"
            # facts kept to readers named as such: "Telefonnumrene er kun til valgstyrerne" (not a time: "Tallene er kun
            # for de første tre måneder")
            rf"|\b(?:(?:{_FACTS})(?:\s+(?:om|fra|på)\s+(?:(?:de|den|det)\s+)?(?:[\w-]+\s+)?[\w-]+)?|følgende|nedenstående|ovenstående)\s+er\s+\K(?:kun|alene|udelukkende)\s+(?:til|for)\s+"
            rf"(?:(?:dig|jer)\b|(?:{_ROLES}|{_UNIT}|{_CIRCLE}|{_CLOSED_AUDIENCE})\b)"
            rf"|\b(?:{_DOCUMENT}|svar|ark)\w*(?:\s+her)?\s+\Kmå\s+(?:kun|alene|udelukkende)\s+(?:bruges|læses|ses|benyttes)\s+af\s+"
            rf"(?:[\w-]+(?:en|et|ne|erne|ene)|{_ROLES})\b"  # (also roles: "… må kun ses af sagsbehandler og teamleder")
            rf"|\b(?:{_DOCUMENT}|svar|ark)\w*(?:\s+her)?\s+\Kmå\s+(?:kun|alene|udelukkende)\s+(?:bruges|anvendes)\s+til\s+[\w-]+(?:en|et|ne|erne)\b"  # ("Listen må kun bruges til fraværsmødet")
            # sent only to a closed circle: "Referatet fra den lukkede del sendes kun til udvalgets medlemmer"
            rf"|(?:sendes|deles|udleveres)(?<=\b(?:{_DOCUMENT}|svar|plan)\w*\b[^.\n]{{0,60}}\s(?:sendes|deles|udleveres))\s+\K(?:kun|alene|udelukkende)\s+(?:til|med)\s+(?:de\s+(?:fremmødte|tilstedeværende|involverede|berørte|implicerede)\b|"
            r"de\s+[\w-]+\s+(?:på|i|ved)\s+[\w-]+(?:en|et)\b|"  # ("Planen deles kun med de voksne på turen")
            rf"(?:{_ROLES}|{_CIRCLE}|[\w-]+s\s+medlemmer|(?!alle\b)[\w-]+(?:en|et|ne|erne))\b)"  # ("… kun til forsikringsselskabet")
            # this text not passed on to some, its definite subject first: "Indberetningen deles ikke med Seniorforeningens
            # frivillige" (a kind's plural is a rule: "Indberetninger deles ikke med pårørende")
            rf"|(?:deles|sendes|videregives|videresendes|udleveres|vises)(?<=\b[\w-]*(?:{_DOCUMENT}|oplysning|afsnit|plan|tilbud)(?:en|et|tet|n|ne|rne|dene|erne)(?:\s+(?:om|fra)\s+[\w-]+(?:en|et|ne|erne))?\s(?:deles|sendes|videregives"
            rf"|videresendes|udleveres|vises))\s+ikke\s+(?:(?:med|til)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+(?:\s+(?:i|på|hos)\s+[\w-]+)?|(?:i|på)\s+{_CHANNEL})"
            r"(?=[ \t]*(?:[.,!;)–-]|$)|\s+og\s)",  # ("Notatet vises ikke i Aula og deles ikke med klasselæreren")
            LIKELY,
        ),
        # Left out of the version someone gets, or off a list: "Politiets oplysninger indgår ikke i den version mor får",
        # "bolig 14 – denne linje skal ikke med på den udskrevne tavleliste".
        Pattern(
            "left out of a version or a list (likely)",
            # (and out of what a party gets: "følgende skal ikke med i aktindsigten hvis sønnen beder om den")
            r"\b(?:skal\s+ikke\s+med|indgår\s+ikke)\s+i\s+(?:parts)?aktindsigten\b(?:\s+hvis\s+[\w-]+\s+beder\s+om\s+(?:den|det))?"
            r"|\b(?:indgår\s+ikke|skal\s+ikke\s+med|kommer\s+ikke\s+med|står\s+ikke|må\s+ikke\s+stå)\s+i\s+den\s+(?:version|udgave)\s+(?:som\s+|der\s+)?(?:[\w-]+\s+){1,2}?"
            r"(?:får|ser|modtager|læser)\b(?:\s+(?:på|i)\s+[\w-]+)?"
            # … or the version sent to some: "står ikke i den version der sendes til alle pårørende"
            r"|\b(?:indgår\s+ikke|skal\s+ikke\s+med|kommer\s+ikke\s+med|står\s+ikke|må\s+ikke\s+stå)\s+i\s+den\s+(?:version|udgave)\s+(?:som|der)\s+"
            r"(?:sendes|udsendes|lægges|går)\s+(?:ud\s+)?(?:til|på)\s+(?:alle\s+)?[\w-]+"
            r"|\b(?:denne|den\s+her)\s+(?:linje|række|sætning|oplysning)\s+skal\s+ikke\s+med\b(?:\s+(?:på|i)\s+(?:den\s+|det\s+)?(?:[\w-]+\s+)?[\w-]+)?"
            # … or after a heading's dash: "Notat hjemmesygeplejen – skal ikke med i pårørendeopdateringen"
            r"|(?<=^[^\n–]{3,60}[ \t][–-][ \t])(?:skal|må)\s+ikke\s+med\s+(?:i|på)\s+[\w-]+(?:en|et|ne|erne)(?=[ \t]*$)",
            LIKELY,
        ),
        Pattern(
            "a draft's state in its heading (likely)",  # "Revisionsnotat – foreløbigt, ikke drøftet med forvaltningen"
            r"(?:(?<=[(–-][ \t]?)|^[ \t]*)foreløbig[te]?(?:\s+[\w-]+)?(?:,|\s+[–-])\s+ikke\s+(?:drøftet|godkendt|behandlet|afstemt)\s+(?:med|af|i)\s+[\w-]+",
            LIKELY,
        ),
        # Not approved yet, heading a text: "Citat til artikel – ikke godkendt af citatgiver endnu", "(ikke godkendt, må ikke
        # bruges endnu)".
        Pattern(
            "not approved yet in its heading (likely)",
            r"(?<=[(–-][ \t]?)ikke\s+godkendt(?:\s+af\s+[\w-]+)?(?:\s+endnu)?(?:,\s*må\s+ikke\s+bruges(?:\s+endnu)?)?(?=[ \t]*(?:[)]|$))",
            LIKELY,
        ),
        Pattern(
            "kept here in a chat (likely)",  # "navnet bliver her i chatten"
            r"\b(?:navnet|navnene|oplysningen|oplysningerne|det\s+her)\s+bliver\s+her\s+i\s+(?:chatten|tråden|gruppen)\b",
            LIKELY,
        ),
        # Readers kept to the staff it concerns, as a heading or after its dash: "Personsag – kun relevante medarbejdere";
        # a paper going to one person only: "Overdragelsen skal kun til min afløser"
        Pattern(
            "kept to the staff it concerns (likely)",
            rf"(?:^{_LINE_START}|[–-][ \t])\K(?:kun|alene|udelukkende)\s+(?:for\s+|til\s+)?(?:de\s+)?"
            r"(?:relevante|berørte|involverede|nødvendige)\s+(?:medarbejdere|kolleger|kollegaer|fagpersoner|personer|parter|ledere)"
            r"(?=[ \t]*(?:$|[:.]))"
            rf"|\bskal(?<=\b(?:{_PAPERS}|overdragelse\w*)\s+skal)\s+kun\s+(?:videre\s+)?til\s+(?:min|din|sin|vores|jeres|hans|hendes)\s+[\w-]+",
            LIKELY,
        ),
        # A text's heading kept to staff after its dash: "Intranet-nyhed – kun for medarbejdere", "Opslag til intranettet –
        # kun for medarbejdere i Vej og Park" (not a sign: "For staff only", "Omklædning – kun for medarbejdere" is a room),
        # or to a role in the plural when the heading names a paper, not an event: "Fraværsoversigt marts – kun til ledere
        # i Kultur og Arkiv" ("Temamøde – kun for ledere" invites); a second note may follow its comma
        Pattern(
            "a text's heading kept to staff (likely)",
            rf"\bkun(?<=^[^\n]{{0,40}}(?:{_DOCUMENT}|nyhed|intranet|rute)\w*\b[^\n]{{0,30}}[ \t][–-][ \t]kun)\s+(?:for|til)\s+"
            rf"(?:medarbejdere|ansatte|personalet|kolleger|kollegaer"
            rf"|(?<=^[^\n]{{0,40}}(?:{_PAPERS}|nyhed|intranet|rute)(?<!møde|møder|mødet|konference|samtale|meeting)\b[^\n]{{0,30}}[ \t][–-][ \t]kun\s+(?:for|til)\s+)"
            r"[\w-]*(?:ledere|sagsbehandlere|lærere|pædagoger|rådgivere|konsulenter|assistenter|hjælpere))"
            r"(?:\s+(?:i|på|ved)\s+[\w-]+(?:\s+(?:og|&)\s+[\w-]+)?)?"
            r"(?=[ \t]*(?:$|:)|,[ \t]+(?:ikke|må|skal)\b)",
            LIKELY,
        ),
        # A level after a heading's dash, then the circle it is kept to: "Journalnotat – Skærmet, kun opsøgende team og
        # SKP-medarbejderen"; or what in it is kept to a role: "Sygemeldinger, uge 48 – årsager kun til nærmeste leder".
        Pattern(
            "a heading's level and its circle (likely)",
            rf"(?<=^[^\n–]{{1,60}}[ \t][–-][ \t])(?:(?:{_LEVEL}|skærmet|intern[t]?)[ \t]*,[ \t]*kun[ \t]+(?:til[ \t]+|for[ \t]+)?[^\n.:;–]{{1,60}}?(?=[ \t]*$)"
            rf"|(?:årsager(?:ne)?|begrundelse(?:r|rne|n)?|diagnose(?:r|rne|n)?|{_FACTS})[ \t]+kun[ \t]+(?:til|for)[ \t]+{_ROLES}(?=[ \t]*(?:$|[(:])))",
            LIKELY,
        ),
        # An answer asked for by the writer alone, not to others: "Svar kun til mig – ikke til hele ledergruppen", "Svar mig
        # direkte og ikke via sekretariatet", "svar mig kun på sms ikke i e-boks", "Svar kun mig, ikke min bror".
        Pattern(
            "answer me alone (likely)",
            r"\bsvar\s+(?:kun\s+(?:til\s+)?mig|mig\s+(?:kun|direkte))(?:\s+(?:på|via|pr\.?)\s+[\w-]+)?[ \t]*(?:,|–|-|og)?[ \t]*"
            r"ikke\s+(?:(?:til|i|via|på)\s+)?(?:hele\s+|min\s+|mit\s+|mine\s+|[\w-]+s\s+)?[\w-]+",
            LIKELY,
        ),
        # For its addressee only, as a heading's note: "Personnel matter – addressee only" (not a mail's legal footer,
        # which the read sets' writers leave alone: "intended solely for the addressee")
        Pattern(
            "for the addressee only (likely)",
            rf"(?:^{_LINE_START}|[–-][ \t])\K(?:for\s+(?:the\s+)?)?(?:addressee|recipient)s?\s+only(?=[ \t]*[.!]?[ \t]*$)",
            LIKELY,
        ),
        # A paper used inside the house only: "Listen bruges kun internt og slettes …" (not a system: "Programmet bruges
        # kun internt")
        Pattern(
            "a paper used internally only (likely)",
            rf"\b(?:bruges|anvendes|benyttes)(?<=\b(?:{_PAPERS})\s+(?:bruges|anvendes|benyttes))\s+(?:kun|alene|udelukkende)\s+internt\b"
            rf"|\bmå(?<=\b(?:{_PAPERS})\s+må)\s+(?:kun|alene|udelukkende)\s+(?:bruges|anvendes|benyttes)\s+internt\b",
            LIKELY,
        ),
        Pattern(
            "a protected case as its heading (likely)",  # "Beskyttet elevsag – må kun åbnes af ledelsen"
            r"^[ \t]*beskyttet\s+[\w-]*sag(?:sakt|smappe|snotat)?\b(?=[ \t]*(?:[–:-]|$))",
            LIKELY,
        ),
        # A use it is kept to, or readers it is not for, as a note: "Kun til brug i arbejdsskadesagen",
        # "– ikke til opslagstavlen", "Ikke til Aula eller forældregruppen." (the word first, where it stands after)
        Pattern(
            "use or readers as a note (likely)",
            rf"(?:kun|alene|udelukkende|ikke)(?<=(?:^{_LINE_START}|[–\-:]\s|[.!?]\s)(?:kun|alene|udelukkende|ikke))\s+til\s+"
            rf"(?:(?<=(?:kun|alene|udelukkende)\s+til\s+)brug(?:\s+(?:i|for|ved|på)\s+[\w-]+|,?\s+(?:hvis|når)\s+[^\n.!?;]{{1,60}})"
            rf"|(?<=ikke\s+til\s+)(?:[\w-]+(?:en|et|ne|erne|ene)|(?-i:[A-ZÆØÅ])[\w-]+|klager|borger|borgere|forældre|pårørende|parter|elever"
            r"|(?:min|mine|hans|hendes|deres|vores|sin|sine)\s+[\w-]+"  # ("Til personalet – ikke til min far:")
            r"|(?:den|det)\s+(?:åbne|offentlige)\s+[\w-]+"  # ("Henvendelse fra en medarbejder – ikke til den åbne dagsorden")
            r"|[\w-]+s\s+(?:personale|medarbejdere|ansatte|forældre|lærere|ledelse)"  # ("NB: ikke til hallens personale")
            r"|[\w-]+(?:ens|ets|nes)\s+[\w-]+)"  # ("Følsomt notat – ikke til borgerens bisidder uden samtykke")
            r"(?:\s+(?:eller|og|or|and)\s+[\w-]+)?(?:\s+uden\s+(?:samtykke|aftale|tilladelse))?)"
            rf"(?=[ \t]*(?:[.!–\-|)\]:]|$))"
            # … after a heading's comma, closing it or its bracket: "Internt notat – forhandling, ikke til lodsejerne", "INTERN
            # LOGBOG – SFO Springfrø, ikke til forældre", "(til chauffør og lærere, ikke til forældre endnu)"
            r"|,[ \t]\Kikke\s+til\s+(?:(?:de\s+)?(?:andre|øvrige)\s+)?(?:[\w-]+(?:erne|ene|ne)|forældre|pårørende|borgere|elever|beboere)"
            r"(?:\s+endnu)?(?=[ \t]*\)?[ \t]*:?[ \t]*$)"
            # … or after the reader a line is addressed to, before the message's colon: "Til aftenvagten, ikke til beboerens familie:"
            r"|^[ \t]*til\s+[^\W\d_][^\n,:]{0,40},[ \t]\Kikke\s+til\s+(?:[\w-]+s\s+)?[^\W\d_][\w-]*(?=[ \t]*:)"
            # for the one person it is addressed to, after a heading's dash: "– udelukkende til den indkaldte"
            r"|[–-][ \t]\K(?:kun|alene|udelukkende)\s+til\s+den\s+[\w-]+(?:ede|te|e)(?=[ \t]*$)",
            LIKELY,
        ),
        # An imperative not to pass this text on: "Videresend ikke.", "Del ikke denne mail", "Please don't forward".
        Pattern(
            "not shown to someone (strong)",
            r"\bvis\s+ikke\s+(?:den\s+her|det\s+her|denne|dette)\s+[\w']+\s+til\s+[\w-]+",
            STRONG,
        ),
        # Seen or known by a circle only, or kept out of a message or a record: "(kun HR ser denne liste)", "Navnene holdes
        # ude af beskeden til forældrene".
        Pattern(
            "seen or known by a circle only, or kept out of a message (likely)",
            rf"\bkun\s+(?:(?-i:[A-ZÆØÅ]{{2,5}})|[\w-]+(?:en|et|ne|erne))\s+(?:ser|må\s+se|læser|må\s+læse)\s+(?:denne|dette|disse)\s+[\w-]*(?:{_DOCUMENT})\w*"
            r"|\bholdes\s+(?:ude\s+af|uden\s+for)\s+(?:den\s+|det\s+)?[\w-]*(?:besked|brev|mail|referat|opslag|nyhedsbrev|svar|dagsorden|journal)\w*"
            # known, seen or read by a circle only: "(kun personalet må kende til det her)", "– læses kun af faste medarbejdere",
            # "det er ikke noget de andre skal vide", a heading's "…, kun sundhedsplejen"
            r"|\bkun\s+[\w-]+(?:en|et|ne|erne)\s+må\s+(?:kende\s+til|vide\s+(?:noget\s+)?om|se|læse)\s+(?:det|dette|det\s+her|den\s+her)\b"
            r"|(?<=[–-][ \t])(?:læses|ses)\s+kun\s+af\s+(?:[\w-]+\s+)?[\w-]+(?:en|et|ne|erne|ere)\b"
            r"|\bikke\s+noget\s+(?:de\s+andre|andre|nogen|[\w-]+(?:ne|erne))\s+skal\s+vide(?:\s+noget)?(?:\s+om)?\b"
            r"|(?<=[–-][ \t][^\n,–]{3,50},[ \t])kun\s+[\w-]+(?:en|et|ne|erne)(?=[ \t]*$)"
            # not shared in a unit or with others, as a note: "følsomme personaleoplysninger, deles ikke i teamet"
            r"|(?:(?<=,[ \t])|(?<=[–-][ \t])|(?<=^))(?:deles|vises|udleveres)\s+ikke\s+(?:i|med|til)\s+"
            r"(?:(?:den|det|de)\s+)?(?:(?:andre|øvrige|åbne|fælles)\s+)?(?!(?:den|det|de)\b)[\w-]+(?:et|en|ne|erne|ene|er|ede)\b",
            LIKELY,
        ),
        # Unpublished until an event, kept off the open mail list or out of a subject line: "afpubliceret indtil
        # generalforsamlingen har valgt", "bedes ikke lagt i den åbne postliste", "Skriv ikke barnets navn i emnefeltet".
        Pattern(
            "unpublished until an event or kept off an open list (likely)",
            r"\b(?:afpubliceret|upubliceret|ikke\s+publiceret)\s+(?:indtil|til)\s+(?:[\w-]+\s+){1,3}?(?:har|er)\s+[\w-]+"
            r"|\b(?:bedes|må|skal)\s+ikke\s+(?:lagt|lægges|komme|stå|optræde|journaliseres)\s+(?:i|på)\s+(?:den\s+)?(?:åbne\s+|offentlige\s+)?postliste(?:n)?\b"
            r"|\bskriv\s+(?:venligst\s+)?ikke\s+(?:(?:mit|min|hans|hendes|deres|vores)\s+|[\w-]+s\s+)?(?:navn|navne|navnet|fulde\s+navn|cpr[\w-]*|personnummer\w*)\s+i\s+"
            r"(?:emnefeltet|emnelinjen|emnet|overskriften|sagen|journalen|referatet|underretningen)"
            # out on a site only after a condition, heading a line: "Først ud på intranettet når familien har givet lov"
            r"|(?:^|(?<=[.!?–-][ \t]))[ \t]*først\s+(?:ud\s+)?(?:på|i)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:når|efter\s+at|efter)\s+[^\n.!?]{1,60}",
            LIKELY,
        ),
        Pattern(
            "imperative not to pass on (strong)",
            r"\b(?:videresend|videregiv|del|kopiér|kopier|distribuér|distribuer|citér|citer|offentliggør|send|gem|print|udskriv|eksportér|eksporter)\s+(?:den\s+|det\s+)?ikke"
            r"(?:\s+(?:videre|eksternt|lokalt|(?:denne|dette|disse)\s+[^\W\d_]+|mailen|beskeden|dokumentet|notatet|materialet"
            r"|skærmbilleder|tråden|til\s+[\w-]+(?:\s+[\w-]+)?|(?:listen|arket|filen|tabellen|oversigten|referatet|sms'en|svaret)"
            r"(?:\s+med\s+[\w-]+)?))?"
            r"(?=\s*(?:[.!,–\-)\]]|$))"
            # … shared with no one of a group, or a thing of this text not passed to someone: "Del ikke med forældrerådet",
            # "del ikke med de andre forældre" (not "en del ikke med"), "Videregiv ikke underretterens navn til familien", "Del
            # ikke billedet med forældrene"
            r"|(?<!\b(?:en|stor|anden|den|denne|lille|god)\s)\b(?:del\s+ikke\s+med"
            r"|(?:videregiv|del)\s+ikke\s+(?:[\w-]+s\s+[\w-]+|[\w-]+(?:en|et|ne|erne|ene))\s+(?:til|med))"
            r"\s+(?:(?:de\s+)?(?:andre|øvrige)\s+)?[^\W\d_][\w-]*(?=[ \t]*(?:[.!,:–\-)\]]|$))",
            STRONG,
        ),
        # Said of this text: "Oplysningerne er omfattet af tavshedspligt", "This report is subject to confidentiality",
        # a footer's "… og kan være omfattet af advokatens tavshedspligt".
        Pattern(
            "subject to a duty of confidentiality (likely)",
            # (not said of people: "Parterne er omfattet af tavshedspligt efter forvaltningslovens § 27" states their duty)
            r"(?<!\b(?:parterne|parter|medarbejderne|medarbejdere|ansatte|deltagerne|medlemmerne|personalet|vi|de|du|jeg|han|hun|alle"
            r"|we|they|you|staff|employees|members)\s)"
            r"\b(?:er|is|are|kan\s+være|may\s+be)\s+(?:omfattet\s+af|underlagt|undergivet|undergivne|beskyttet\s+af|subject\s+to|protected\s+by)\s+"
            r"(?:(?:(?:den\s+)?(?:skærpede\s+)?|[\w-]+s\s+)tavshedspligt(?:en)?"
            r"|[\w]*fortrolighed(?:en)?|confidentiality|professional\s+secrecy)\b"
            r"|\btavshedspligt\s+(?:om|vedrørende|angående|med)\s+(?:indholdet|oplysningerne|(?:denne|dette|disse)\s+[\w-]+"
            r"|(?:sagens|punktets|mødets|udvalgets)\s+(?:oplysninger|indhold|drøftelser)"
            rf"|(?:punktet|sagen|drøftelsen|drøftelserne|forhandlingerne|mødet)\b(?:,?{_CONDITION})?)",
            LIKELY,
        ),
        # The same as a heading or a footer's note, the verb left out: "Omfattet af tavshedspligt", "– underlagt tavshedspligt".
        *_placed(
            "subject to a duty of confidentiality, as a note (likely)",
            {"at a line's start": rf"^{_LINE_START}", "after a dash": r"[–-]\s\K"},
            r"(?:omfattet\s+af|underlagt|undergivet|under|subject\s+to)\s+(?:(?:den\s+)?(?:skærpede\s+)?|[\w-]+s\s+)?"
            r"(?:tavshedspligt|fortrolighed|confidentiality|professional\s+secrecy)\b(?=[ \t*_)]*(?:[.!–\-|)]|$))",
            LIKELY,
        ),
        # Kept out of the minutes or the public text: "Navnet skal holdes ude af referatet", "keep it out of the minutes".
        Pattern(
            "kept out of the minutes (likely)",
            r"\b(?:holdes|holdt|holde)\s+ude\s+af\s+(?:det\s+|den\s+)?(?:offentlige\s+)?(?:referatet|protokollen|beslutningsprotokollen|dagsordenen|referat|protokol"
            r"|sagen|journalen|akten|sagsakterne|systemet|fagsystemet)\b"
            # left out of the minutes that are published: "Punktet … udgår af det referat, der lægges på intra"
            r"|\budgår\s+af\s+(?:det\s+|den\s+)?(?:offentlige\s+)?(?:referatet|protokollen|beslutningsprotokollen|dagsordenen|referat|protokol)\b"
            r"(?:,?\s+(?:der|som)\s+(?:lægges|offentliggøres|udsendes|sendes)\s+[^\n.!?;]{1,30})?"
            # not put in the minutes: "Orienteringen gengives ikke i referatet"
            r"|\b(?:gengives|medtages|refereres|protokolleres)\s+ikke\s+i\s+(?:referatet|protokollen|beslutningsprotokollen)\b"
            # or out of a channel: "Hold den her ude af Teams-kanalen indtil vi ved mere"
            rf"|\bhold(?:er|es)?\s+(?:(?:den|det|dem|dette|denne)(?:\s+her)?\s+|detaljerne(?:\s+om\s+(?:[\w-]+\s+){{1,2}}?)?\s*)?(?:ude\s+af|uden\s+for)\s+(?:den\s+|det\s+)?(?:[\w-]+\s+)?"
            rf"[\w-]*(?:kanal|chat|tråd|referat|intranet|aula)\w*(?:{_CONDITION})?"
            r"|\b(?:keep|kept|left|leave)\s+(?:(?:it|this|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?(?:out\s+of|off)\s+the\s+(?:minutes|record|public\s+agenda"
            r"|(?:[\w-]+\s+){0,2}?(?:system|file|case\s+file|report|notes|journal))\b"
            r"|\boff\s+the\s+minutes\b"
            # a note that this is not for the file: "Mine egne noter – ikke til elevmappen"
            r"|\bikke\s+til\s+(?:den\s+|det\s+)?[\w-]*(?:mappen|journalen|referatet|protokollen|akten|sagsakterne)\b"
            # not into a record or a plan that goes out: "Det han fortalte skal ikke i omsorgsjournalen", "skrives ikke i den
            # fælles log", "må ikke noteres i elevmapperne", "kommer ikke med i det referat, der går til skolen"
            rf"|\b(?:skal|må|bør|skrives|noteres|journaliseres|kommer|tages)\s+ikke\s+(?:(?:skrives|noteres|journaliseres|stå)\s+)?(?:med\s+)?(?:i|ind\s+i)\s+"
            rf"(?:den\s+|det\s+|de\s+)?(?:[\w-]+\s+)?[\w-]*(?:journal|log|referat|plan|mappe|mapper|protokol|system|notat)(?:en|et|ne|er|erne|ene)?\b(?:{_CONDITION})?"
            r"|\bikke\s+med\s+i\s+(?:den|det|de)\s+(?:[\w-]+\s+)?[\w-]*(?:plan|referat|rapport|notat|statusrapport|indstilling|redegørelse)(?:en|et)?\b"
            # or the version of a text that goes out: "tages ikke med i den udgave, der sendes til skolen"
            r"|\bikke\s+med\s+i\s+(?:den|det)\s+(?:[\w-]+\s+)?(?:udgave|version)(?:,)?\s+(?:der|som)\s+(?:sendes|går|lægges|gives|udleveres)\s+[^\n.!?;]{1,40}"
            # written in one record only: "noteres kun i mors journal og ikke i barnets"
            r"|\b(?:noteres|skrives|journaliseres|registreres)\s+(?:kun|alene|udelukkende)\s+i\s+(?:[\w-]+\s+){0,2}[\w-]*(?:journal|mappe|log)(?:en|et|er)?\b"
            r"(?:\s+og\s+ikke\s+i\s+[\w-]+)?"
            # not written about in a text message or a chat: "skriv ikke mere om det her på sms – ring hellere"
            r"|\bskriv\s+ikke\s+(?:mere\s+|noget\s+)?om\s+[^\n.!?;]{1,40}?\s+(?:her\s+)?(?:på|i|via|over)\s+(?:sms|mail|e-mail|teams|aula|messenger|chatten|chat)\b"
            # not written into a system: "pls don't put it in Min Plan", "do not enter this in the HR system"
            # (Danish too, into a named system or a record: "Skriv ikke noget om det i Nexus endnu"; "i brevet" instructs the writer)
            rf"|\bikke\s+skriv\s+(?:det|dette|den|noget)(?:\s+her)?\s+(?:i|på|ind\s+i)\s+(?:den\s+|det\s+)?[\w-]*(?:journal|system|referat|log|sag)\w*(?:\s+endnu)?(?:{_CONDITION})?"
            rf"|\bskriv\s+(?:ikke|intet)\s+(?:noget\s+)?om\s+(?:det|dette|den)(?:\s+her)?\s+(?:i|på|ind\s+i)\s+"
            rf"(?:(?-i:[A-ZÆØÅ])[\w-]+|(?:den\s+|det\s+)?[\w-]*(?:journal|system|referat|log|sag)\w*)(?:\s+endnu)?(?:{_CONDITION})?"
            r"|\b(?:don['’]?t|do\s+not|never)\s+(?:put|write|enter|record|log|note)\s+(?:it|this|that|these|them)\s+(?:in|into|on)\s+"
            r"(?:the\s+[\w-]+(?:\s+[\w-]+)?|(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w-]+)?)",
            LIKELY,
        ),
        # "Strengt personligt" on a letter or said of a text; "strictly personal".
        Pattern(
            "strictly personal (likely)",
            rf"(?:^{_LINE_START}|\b(?:er|is)\s+|(?<=[–-]\s))(?:strengt\s+personlig[t]?|strictly\s+personal)\b(?!\s+(?:ment|mening|holdning|opfattelse|view|opinion))",
            LIKELY,
        ),
        # Kept to a circle: "holdes internt indtil byrådet har besluttet", "hemmeligholdes", "Referatet er kun til
        # gruppens medlemmer", "Under NDA", "Skal sendes med sikker mail".
        Pattern(
            "kept internal or secret (likely)",
            # (with where: "holdes internt i teamet")
            rf"\b(?:(?:holdes|holdt|behandles|forbliver|forblive|hold\s+(?:det|dem|den|dette)(?:\s+her)?)\s+(?:strengt\s+)?(?:internt(?:\s+(?:i|på)\s+[\w-]+(?:et|en)\b)?|hemmeligt|mellem\s+os|skjult"
            rf"|inden\s+for\s+(?:{_CIRCLE}|{_UNIT}))|bliver\s+internt|hemmeligholde[st]"
            # what stays within a group: "Det med sygdommen bliver i personalegruppen" (not a person: "Hun bliver i gruppen")
            rf"|(?<=\b(?:det|dette|det\s+her|det\s+med\s+[\w-]+)\s)bliver\s+i\s+(?:[\w-]*(?:gruppe|gruppen|team|teamet)|{_UNIT})"
            # sent by a secure channel only: "Afgørelsen sendes kun i e-Boks", "Sendes alene til medarbejderens e-Boks"
            rf"|(?:sendes|fremsendes|udsendes)\s+(?:kun|alene|udelukkende)\s+(?:i|til|via|gennem)\s+(?:[\w-]+s\s+)?{_SECURE_CHANNEL}"
            # … or by it and not by ordinary mail: "Sendes i e-Boks, ikke almindelig mail"
            rf"|(?:sendes|fremsendes)\s+(?:i|via|med|gennem)\s+{_SECURE_CHANNEL},?\s+ikke\s+(?:som\s+|med\s+)?(?:almindelig|alm\.?)\s+(?:e-?)?(?:mail|post)"
            # discretion asked or agreed: "behandles diskret", "Vi har aftalt fuld diskretion om beløbet" (not what someone
            # said "i fortrolighed": a report of a talk, which the writers of the evaluation sets do not call a marking)
            rf"|(?:behandles|behandlet|håndteres)\s+(?:diskret|med\s+(?:[\w-]+\s+)?diskretion)|(?:aftalt|lovet)\s+(?:fuld\s+|total\s+|absolut\s+)?diskretion"
            rf"|(?:ønskes|bedes)\s+behandlet\s+fortroligt|\bbehandle\s+(?:den|det|dem|[\w-]*(?:{_DOCUMENT})(?:en|et|erne|ne))\s+(?:strengt\s+)?fortroligt"
            rf"|\b(?:udleveret|modtaget|givet|oplyst|delt|fremsendt|videregivet|sendt)\s+(?:til\s+[\w-]+\s+)?under\s+(?:fortrolighed|tavshedspligt)"
            rf"|\b(?:received|shared)\s+(?:with\s+[\w-]+\s+)?in\s+(?:strict\s+)?confidence\b|fortrolig\s+behandling\s+(?:ønskes|bedes|tak)"
            rf"|(?:anmoder|beder)\s+(?:hermed\s+)?om\s+fortrolig\s+behandling)\b"
            rf"(?:{_CONDITION})?"
            rf"|\b(?:holdes|holdt|hold)\s+(?:inde|tilbage)(?:{_CONDITION})"
            # close to the chest until a condition: "hold evalueringsrapporten tæt til standstill-perioden er udløbet"
            rf"|\bhold(?:e|er|es)?\s+(?:(?:det|den|dem|dette|denne|[\w-]+(?:en|et|ne|erne))\s+)?tæt(?:\s+ind\s+til\s+kroppen)?(?:{_CONDITION})"
            # nobody announces it before a condition: "Ingen af parterne melder ud om aftalen, før den er underskrevet"
            rf"|\b(?:ingen(?:\s+af\s+[\w-]+)?\s+melder|(?:vi|de|parterne)\s+melder\s+ikke|(?:må|skal)\s+ikke\s+meldes)\s+(?:noget\s+)?ud\b"
            rf"(?:\s+om\s+(?:det|den|[\w-]+(?:en|et|ne|erne|ene)))?,?{_CONDITION}"
            # kept quiet: "Det her holder vi tæt til aftalen er underskrevet" (not "Taget holder tæt": a roof that seals)
            rf"|\bhold(?:er|e)?\s+(?:(?:vi|i|du|jeg|man)\s+(?:det\s+)?|det\s+)(?:lige\s+|helt\s+)?tæt\b(?:\s+med\s+(?:det|dette))?(?:,?{_CONDITION}|\s+indtil\s+videre)?"
            # kept to ourselves: "det med hvem holder vi helt for os selv til torsdag" (not "hun holder sig for sig selv")
            rf"|\bhold(?:er|e)?\s+(?:(?:vi|i|du|jeg|man)\s+(?:det\s+)?|det\s+)(?:lige\s+|helt\s+)?for\s+(?:os|mig|dig|jer)\s+selv\b(?:,?{_CONDITION}|\s+indtil\s+videre)?"
            # kept in our circle: "det bliver i vores kreds til mødet tirsdag"
            rf"|\b(?:det|dette|det\s+her)\s+(?:bliver|forbliver|holdes)\s+i\s+(?:vores|jeres|den\s+(?:lille|snævre))\s+kreds\b(?:,?{_CONDITION}|\s+indtil\s+videre)?"
            # kept from the press or from a group: "Holdes fra pressen indtil videre", "holdes væk fra forældrene"
            rf"|\b(?:holdes|holdt)\s+(?:væk\s+)?fra\s+(?:pressen|medierne|offentligheden|[\w-]+(?:erne|ene))\b(?:,?{_CONDITION}|\s+indtil\s+videre)?"
            # confidentiality observed: "Fortrolighed skal iagttages", "Der skal udvises fortrolighed omkring sagen"
            r"|\bfortrolighed\s+(?:skal|må|bedes)\s+(?:iagttages|overholdes|udvises)\b|\b(?:udvises|iagttages)\s+(?:fuld\s+|streng\s+)?fortrolighed\b"
            r"(?:\s+(?:omkring|om|vedrørende)\s+(?:sagen|det|dette|punktet|oplysningerne|indholdet))?"
            rf"|\b(?:holdes|holdt|forbliver)\s+(?:kun\s+)?inden\s+for\s+(?:{_CIRCLE})\b,?(?:{_CONDITION})?"
            rf"|\bhold\s+(?:det|den|dem|dette)(?:\s+her)?\s+(?:lige\s+)?(?:inde\s+i|i|inden\s+for)\s+(?:{_CIRCLE}|(?-i:[A-ZÆØÅ]{{2,5}})|(?:vores|jeres)\s+(?:kanal|tråd|gruppe|team|chat))\b(?:,?{_CONDITION}|\s+indtil\s+videre)?"
            rf"|\bhold\s+(?:det|den|dem|dette)(?:\s+her)?\s+væk\s+fra\s+(?:ham|hende|dem|{_KIN})\b"
            # a text or a fact stays in the circle: "Oplysningen bliver i teamet" (not "Børnene bliver i gruppen")
            # (the verb first, its subject looked for behind it: a look-behind at every position is slow, and a branch
            # without "\b" keeps the regex engine from skipping to word starts for the whole pattern)
            rf"|\bbliver(?<=\b(?:(?:{_DOCUMENT}|oplysning)\w*(?:\s+her|\s+om\s+(?:[\w-]+\s+){{0,2}}[\w-]+)?|{_FACTS}|dette|det\s+her|det\s+om\s+(?:[\w-]+\s+){{0,3}}[\w-]+)\sbliver)\s+(?:i|inden\s+for)\s+(?:{_CIRCLE}|{_UNIT_NAMES})\b(?:,?{_CONDITION})?"
            # in the case file and not in a text others get: "det om naboens gæld bliver i sagen, ikke i referatet til parterne"
            r"|\bbliver\s+i\s+(?:sagen|journalen),\s+ikke\s+i\s+[\w-]+(?:\s+til\s+[\w-]+)?"
            rf"|\b(?:forseglet|forseglede|sealed)(?:{_CONDITION})",
            LIKELY,
        ),
        Pattern(
            "kept to its readers (likely)",
            rf"(?:er|is|are)(?<=\b(?:(?:{_PAPERS}|oplysning\w*)(?:\s+\d+)?(?:\s+her|\s+(?:fra|om|i|på|med)\s+[\w-]+(?:\s+(?:og|eller)\s+[\w-]+)?)?|{_FACTS}|dette|denne|det|this|it|og|and)"
            rf"\s(?:er|is|are))\s+(?:(?:kun|alene|udelukkende|only|strictly|solely|exclusively)\s+"
            rf"(?:til|for|beregnet\s+(?:til|for)|meant\s+for|intended\s+for)|forbeholdt|reserved\s+for)\s+"
            rf"(?:{_CLOSED_AUDIENCE}|{_A_USE}|[\w-]*(?:centret|centeret|kontoret|afdelingen|forvaltningen|sekretariatet|enheden)"
            rf"|(?:vores|jeres|vort|vor)\s+(?:(?:eget|egen|egne)\s+)?[\w-]*(?:kontor|afdeling|team|enhed|sekretariat|center|centre))\b"
            rf"|(?:er|is)(?<=\b(?:(?:{_DOCUMENT})(?:en|et|n|t)|dette|denne|det)\s(?:er|is))\s+til\s+(?:dig|jer|[\w-]+(?:en|et|ne))\s+(?:personligt|alene)\b"
            # the writer's own notes: "mine noter … skal ikke i elevmappen, de er kun til mig og AKT"
            rf"|er(?<=\b(?:de|den|det|noterne|notaterne|de\s+her)\ser)\s+kun\s+til\s+mig\b(?:\s+og\s+(?:{_ROLES}|(?-i:[A-ZÆØÅ]{{2,5}})))?"
            rf"|\b(?:for\s+)?your\s+eyes\s+only\b|\beyes\s+only\b"
            # kept from or to someone's eyes: "ikke til elevernes øjne", "kun for dine øjne"
            rf"|(?:kun|alene|udelukkende)(?<=\b(?:{_LEVEL})\s+og\s+(?:kun|alene|udelukkende))\s+(?:til|for)\s+(?:{_CLOSED_AUDIENCE})\b"
            r"|\b(?:ikke|kun|alene)\s+(?:til|for)\s+(?:dine|jeres|[\w-]+s)\s+øjne\b|\bfor\s+(?:dine|jeres|[\w-]+s)\s+øjne\s+(?:alene|kun)\b"
            r"|\b(?:kun|alene|udelukkende)\s+(?:beregnet|tiltænkt|bestemt)\s+(?:(?:for|til)\s+)?(?:den\s+(?:[\w-]+\s+)?)?(?:adressaten|modtageren|modtagerne|adressat|modtager)\b"
            # meant for roles ("kun beregnet til personalet" may be a parking place's): "kun tiltænkt jobcentrets sagsbehandler";
            # said of this mail, meant for staff: "Denne mail kan indeholde … og er kun beregnet for skolens ansatte"
            rf"|\b(?:kun|alene|udelukkende)\s+tiltænkt\s+{_ROLES}\b"
            rf"|\bkun(?<=\b(?:denne|dette)\s+(?:e-?mail|mail|meddelelse|besked)\b[^\n.]{{0,80}}\bog\s+er\s+kun)\s+beregnet\s+(?:for|til)\s+"
            rf"(?:[\w-]+s\s+)?(?:ansatte|medarbejdere|personale\w*|{_ROLES})\b"
            r"|\bintended\s+(?:solely|only|exclusively)\s+for\s+the\s+(?:named\s+)?(?:addressee|recipient)s?\b",
            LIKELY,
        ),
        # A restriction as a note of its own, its subject left out, at a clause's start: "Videresendes ikke uden
        # forældresamtykke.", "Til udvalgsformanden, sendes ikke videre til øvrige udvalgsmedlemmer", "– lægges ikke på
        # Aula eller i SkoleIntra" (not care: "Medicinen deles ikke ud om aftenen" has its subject; a reader, "videre",
        # a condition or a channel makes it a restriction); the imperative: "Videresend ikke hans nummer uden hans accept",
        # "– ikke del på Facebook", "lad være at skrive det i klassens aula-tråd".
        Pattern(
            "a restriction as a note of its own (likely)",
            # (after a comma only with "videre": "Identiteten på den, der indberetter, videregives ikke uden samtykke" has its
            # subject before the comma)
            r"\b(?:videresendes|videregives|deles|udleveres|sendes)(?<=,[ \t][\w]+)\s+ikke\s+videre\b(?:\s+til\s+(?:[\w-]+\s+)?[\w-]+)?"
            r"|\b(?:videresendes|videregives|deles|udleveres|sendes|lægges|vises)(?<=(?:^[ \t]*|[.!?:;–-][\"”]?[ \t])[\w]+)\s+ikke\s+"
            r"(?:videre\b(?:\s+til\s+(?:[\w-]+\s+)?[\w-]+)?|uden\s+(?:[\w-]+\s+)?[\w-]+|med\s+[\w-]+(?:\s+[\w-]+)?|ud\s+af\s+(?:huset|afdelingen|kommunen)\b"
            r"|(?:på|i)\s+(?:[\w-]*intra\w*|aula|facebook|hjemmesiden|sharepoint|teams|[\w-]*tavle\w*)(?:\s+eller\s+(?:på|i)\s+[\w-]+)?)"
            # handed to nobody, as a note of its own: "– udleveres ikke til arbejdsgivere eller praktiksteder"
            r"|\b(?:udleveres|videregives|videresendes)(?<=(?:^[ \t]*|[.!?:;–-][\"”]?[ \t])[\w]+)\s+ikke\s+til\s+(?:[\w-]+\s+)??[\w-]+(?:\s+(?:eller|og)\s+[\w-]+)?"
            # no sharing outside a unit: "ingen deling af den her udenfor forvaltningen"
            r"|\bingen\s+(?:deling|videresendelse|videregivelse)\s+af\s+(?:[\w-]+\s+){1,3}?(?:uden\s*for|til)\s+[\w-]+"
            # no statements before a condition, as a note: "Presse – ingen udtalelser før de pårørende er orienteret"
            r"|\bingen(?<=(?:^[ \t]*|[.!?:;–-][ \t])ingen)\s+(?:udtalelser|navne|oplysninger)(?:\s+til\s+(?:pressen|medierne))?\s+(?:før|inden)\s+[^\n.!?;]{1,60}"
            # not passed on, told: "Fortrolig sagsinformation · send ikke videre uden aftale med teamleder"
            r"|\bsend(?<=(?:^[ \t]*|[.!?·:;–-][ \t])send)\s+ikke\s+videre\b(?:\s+uden\s+[^\n.!?;]{1,40})?"
            # (its object first, or after "og": "– send den ikke videre til resten af netværket", "og send ikke svaret
            # videre til min nevø")
            r"|\bsend(?<=(?:^[ \t]*|[.!?·:;–-][ \t]|,[ \t]og[ \t])send)\s+(?:(?:den|det|dem|[\w-]+(?:en|et|ne|erne))\s+ikke|ikke\s+(?:den|det|dem|[\w-]+(?:en|et|ne|erne)))\s+videre\b"
            r"(?:\s+til\s+(?:resten\s+af\s+)?(?:[\w-]+\s+)?[\w-]+)?"
            # deleted after reading, told: "Slet sms'en efter læsning"
            r"|\bslet(?<=(?:^[ \t]*|[.!?:;–-][ \t])slet)\s+(?:den|det|dem|denne|dette|[\w'’-]+(?:en|et|ne|erne))\s+efter\s+(?:læsning|brug)\b"
            # forbidden to copy: "Personalesag – kopiering forbudt"
            r"|\b(?:kopiering|videregivelse|videresendelse|gengivelse)\s+(?:er\s+)?forbudt\b|\bcopying\s+(?:is\s+)?(?:prohibited|forbidden)\b"
            # asked not to be passed on: "internt spørgsmål – bedes ikke videresendt", "… og bedes ikke omtalt offentligt"
            # asked of its readers with the verb: "Udvalgsmedlemmerne bedes ikke dele bilaget"
            r"|\bbedes\s+ikke\s+(?:dele|videresende|videregive|citere|omtale|kopiere)\s+(?:[\w-]+(?:en|et|ne|erne)|det|dem|den|dette|denne)\b"
            r"|\bbedes(?<=(?:^[ \t]*|[.!?:;,–-][ \t]|\bog\s)bedes)\s+ikke\s+(?:videresendt|videregivet|delt|kopieret|offentliggjort|citeret|sendt\s+videre|drøftet|omtalt|nævnt)\b"
            r"|\b(?:videresend|send)(?<=(?:^[ \t]*|[.!?–-][ \t])[\w]+)\s+(?:venligst\s+)?ikke\s+(?:det|den|dem|dette|denne|(?:hans|hendes|deres|mit|min|mine)\s+[\w-]+|[\w-]+(?:en|et|ne|erne))"
            r"(?:\s+(?:videre|uden\s+(?:[\w-]+\s+)?[\w-]+|til\s+[\w-]+))?"
            r"|\bikke(?<=[–-][ \t]ikke)\s+(?:del|send|videresend)\s+(?:på|i|med|til)\s+[\w-]+"
            r"|\blad\s+(?:venligst\s+)?være\s+(?:med\s+)?at\s+(?:skrive|dele|sende|nævne|lægge)\s+(?:det|dem|den)\s+(?:i|på)\s+(?:[\w'-]+\s+)?[\w'-]+"
            # … or to tell a circle about it: "lad være med at sige noget om det til resten af afdelingen"
            r"|\blad\s+(?:venligst\s+)?være\s+(?:med\s+)?at\s+(?:sige|fortælle|nævne)\s+(?:noget\s+)?(?:om\s+)?(?:det|dette)(?:\s+her)?\s+til\s+"
            r"(?:resten\s+af\s+)?(?:de\s+andre|andre|nogen|[\w-]+(?:en|et|ne|erne|ene))\b"
            # not sent out before a condition: "lad være med at sende lønsedlen ud før vi har rettet"
            r"|\blad\s+(?:venligst\s+)?være\s+(?:med\s+)?at\s+(?:sende|dele|lægge)\s+(?:[\w-]+\s+){1,2}?(?:ud|videre|op)\s+(?:før|inden)\s+[^\n.!?;]{1,50}"
            # not written in a channel: "skriv det ikke i team-chatten", "skriv ikke det her i mailtråden" (not in a journal:
            # what to document is the caseworker's rule; nor a citizen's number: "Skriv ikke dit CPR-nummer i chatten" is advice)
            # (also "skriv venligst ikke noget om det i tråden", "Skriv ikke noget på mail – ring mig")
            r"|\bskriv\s+(?:venligst\s+)?(?:(?:det|dem|den)(?:\s+her)?\s+ikke|ikke\s+(?:noget\s+om\s+)?(?:det|dem|den)(?:\s+her)?|ikke\s+noget(?=\s+på\s+(?:e-?)?mail\b))\s+(?:her\s+)?(?:i|på)\s+(?:[\w-]+s\s+)?"
            r"(?:(?<=på\s)(?:e-?)?mail\b|sms'en|[\w-]*chat(?:ten)?|[\w-]*tråd(?:en)?|[\w-]*mailen|aula|[\w-]*intra|[\w-]*kanal(?:en)?|facebook|teams)\b"
            r"|\bikke\s+(?:skrive|dele|sende|lægge)\s+(?:det|dem|den)(?:\s+her)?\s+(?:i|på)\s+(?:aula|[\w-]*chat(?:ten)?|[\w-]*tråd(?:en)?|facebook|teams|[\w-]*intra)\b"
            r"|\bskriv\s+ikke\s+(?:[\w-]+s\s+navn(?:e)?|navnet|navnene)\s+(?:i|på)\s+(?:den\s+(?:[\w-]+\s+)?)?(?:[\w-]*mailen|[\w-]*chat(?:ten)?|[\w-]*tråd(?:en)?|aula|[\w-]*kanal(?:en)?)\b"
            # not passed on, or not to be learnt by someone: "sig det ikke videre", "det må vikarerne ikke kende til",
            # "fars diagnose må farmor ikke få at vide fra os"
            r"|\b(?:sig|fortæl)\s+(?:det\s+)?ikke\s+videre\b"
            # not to be told to a group: "så sig det ikke til klassen", "fortæl det ikke til de andre"
            r"|\b(?:sig|fortæl|nævn)\s+det\s+ikke\s+(?:til|for)\s+(?:de\s+andre|nogen|[\w-]+(?:en|et|ne|erne|ene))\b(?:\s+endnu\b)?"
            r"|\b(?:please|venligst)\s+ikke\s+(?:sig|fortæl|nævn)\s+det\s+(?:til|for)\s+(?:de\s+andre|nogen|[\w-]+(?:en|et|ne|erne|ene))\b"  # ("please ikke sig det til de andre dagplejere")
            # … this text its subject: "Det her må I ikke sige til min mormor" (not a quoted "det må du ikke sige til nogen")
            r"|\b(?:det\s+her|dette)\s+må\s+(?:I|du|vi|man)\s+ikke\s+(?:sige|fortælle|nævne)\s+(?:til|for)\s+(?:nogen|(?:min|mine|din|hans|hendes|deres)\s+[\w-]+|[\w-]+(?:en|et|ne|erne|ene))\b"
            # no copy to someone: "ikke cc til klasselæreren"
            r"|\bikke\s+(?:cc|bcc)\s+til\s+(?:[\w-]+s\s+)?[\w-]+|\bsig\s+ikke\s+noget\s+(?:til\s+[\w-]+\s+)?om\s+(?:at|hvem|hvad|hvorfor)\s+[^.!?\n]{1,60}"
            # to a unit by its name only, after a heading's level and a dash: "Fortrolig sag – kun Børn og Familie"
            rf"|\bkun(?<=^{_LINE_START}(?:{_LEVEL})\b[^\n–·]{{0,30}}[–·-][ \t]kun)\s+til\s+[^\n:–]{{1,50}}?(?=[ \t]*:?[ \t]*$)"
            rf"|\bkun(?<=^{_LINE_START}(?:{_LEVEL})\b[^\n–·]{{0,30}}[–·-][ \t]kun)\s+(?:{_ROLES})e?(?:\s+(?:i|på)\s+[\w-]+)?(?=[ \t]*$)"  # ("FORTROLIG SAGSNOTAT · kun sagsbehandlere i Familieafdelingen")  # ("Personfølsomt indhold – kun til modtagende afdeling")
            rf"|\bkun(?<=^{_LINE_START}(?:{_LEVEL})\b[^\n–]{{0,30}}[–-][ \t]kun)\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&)\s+(?-i:[A-ZÆØÅ])[\w-]*|\s+(?-i:[A-ZÆØÅ])[\w-]*){{0,3}}(?=[ \t]*$)"
            # not to someone, after a heading's level and a dash: "Intern note – ikke til borgerens arbejdsgiver"
            # (or into a text or a channel: "Skærmet beboersag – ikke i fællesjournalen")
            # (also after a heading's first words: "Overlevering – FORTROLIGE BEBOEROPLYSNINGER – ikke til frivillige")
            rf"|\bikke(?<=^{_LINE_START}(?:[^\n–:]{{1,30}}[ \t][–-][ \t](?:{_LEVEL}|intern[t]?)|(?:{_LEVEL}|intern[t]?|skærmet))\b[^\n–,]{{0,50}}[–,-][ \t]ikke)\s+(?:til\s+(?:[\w-]+s\s+)?[\w-]+|(?:i|på)\s+(?:[\w-]+s\s+[\w-]+|[\w-]+(?:en|et|ne|erne)))\b"
            # a restriction after a heading's level and a dash or a comma: "Tavshedsbelagt personaleanliggende – deles ikke i
            # ledergruppen", "Ikke-offentligt bilag – udsendes kun til udvalgets medlemmer", "Følsomme sagsoplysninger, sendes
            # ikke til SSP"
            rf"|(?<=^{_LINE_START}(?:[\w-]+[ \t]+){{0,2}}(?:{_LEVEL}|følsomme|skærmet)\b[^\n–,]{{0,40}}[ \t]?[–,-][ \t])(?:(?:[\w-]+[ \t]+){{0,4}}?(?:deles|sendes|udsendes|udleveres|videregives"
            r"|videresendes|vises|gives|omdeles)\s+(?:ikke|kun)\b(?:\s+(?:til|med|i|på|for)\s+(?:[\w-]+s\s+|behandlende\s+)?[\w-]+)?|(?:[\w-]+[ \t]+){1,4}?må\s+(?:ikke|kun)\s+[\w-]+)"
            # (its subject first too: "Skærmet beboer – oplysninger gives ikke til pårørende pr. telefon", "Skærmet beboer –
            # navn og adresse må ikke fremgå af lister til frivillige")
            # the same in brackets: "(internt, ikke til ungarbejderne)"
            rf"|\bikke(?<=\([ \t]?(?:{_LEVEL}|intern[t]?),[ \t]ikke)\s+til\s+(?:[\w-]+s\s+)?[\w-]+\b"
            # closing a heading or a bracket: "Tekst til det lukkede møde – omdeles ikke", "(intern rapport, videregives ikke)"
            r"|\b(?:omdeles|udleveres|videregives|videresendes|deles)(?<=[–,][ \t]\w+)\s+ikke(?=[ \t]*(?:[)\]]|$))"
            # … or a bracket of its own: "(offentliggøres ikke)", "(vises ikke i elevplanen)", "(vises ikke for andre)"
            r"|\((?=(?:vises|deles|sendes|videresendes|videregives|offentliggøres|publiceres|udleveres)\s+ikke\b)\K(?:vises|deles|sendes|videresendes"
            r"|videregives|offentliggøres|publiceres|udleveres)\s+ikke(?:\s+videre)?"
            r"(?:\s+(?:i|på|for|med)\s+(?:andre|[\w-]+(?:en|et|ne|erne)))?(?=[ \t]*(?:\)|[–-][ \t]))"  # ("(sendes ikke videre – indeholder …)")
            # to someone alone or personally: "Personligt, til formanden alene", "til HR-chefen personligt" (not "op til …")
            rf"|(?<!\bop\s)\btil\s+(?:{_ROLES}|(?:dig|jer)(?:\s+som\s+{_ROLE})?)\s+(?:alene|personligt)\b"  # ("Til dig som leder alene:")
            # to you and no further: "NB – til jer i tandplejen og ikke videre: …"
            r"|\btil\s+(?:dig|jer)(?:\s+(?:i|på|som)\s+[\w-]+)?\s+og\s+ikke\s+videre\b(?!\s*(?:gives|sendes|til))"
            r"|\bmå\s+(?:de\s+)?[\w-]+\s+ikke\s+(?:få\s+(?:det\s+)?at\s+vide|vide|kende\s+til|høre\s+om)\b(?:\s+fra\s+os)?"  # ("det må far ikke vide")
            r"|\b[\w-]+(?:en|et|ne|erne)\s+må\s+(?:under\s+ingen\s+omstændigheder|ikke)\s+få\s+kendskab\s+til\s+[\w-]+"
            r"|\bingen\s+andre\s+end\s+(?:dig|jer|os)(?:\s+og\s+mig)?\s+(?:kender|ved|kende|vide)\b"  # ("Ingen andre end dig og mig kender diagnosen")
            # someone not to be told: "Sønnen skal ikke orienteres om udtalelsen fra lægen"
            r"|\b(?:skal|må)\s+ikke\s+(?:orienteres|informeres)\s+om\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=[ \t]*(?:[.,;!–-]|$))"
            # this text not to be shown or sent to someone: "I må ikke vise denne mail til hjælperen"
            rf"|\b(?:må\s+ikke\s+(?:vise|sende|videresende|give|dele)|(?:vis|send|videresend)\s+(?:venligst\s+)?ikke)\s+(?:denne|dette|den\s+her|det\s+her)\s+(?:[\w-]+\s+)?(?:{_DOCUMENT})\w*\s+(?:videre\s+)?(?:til|med)\s+[\w-]+"
            # minutes or a text not published, said after its subject at a line's end: "– referatet offentliggøres ikke"
            rf"|\b(?:offentliggøres|publiceres|udleveres|videregives)(?<=\b(?:{_DOCUMENT})(?:en|et|n|t|ne|erne)\s\w+)\s+ikke(?=[ \t]*(?:[.!]|$))",
            LIKELY,
        ),
        # Not for a channel, said of this text: "Anders, dette er ikke til forældreintra"; kept in a closed folder after a
        # dash: "Fortrolig personalesag – opbevares i HR's lukkede mappe"; told not to tell someone: "Sig ikke til ham at
        # det er mig der har fundet det", "nævn det ikke til sønnen".
        Pattern(
            "not for a channel, kept closed, not told (likely)",
            r"\b(?:dette|det\s+her|det)\s+er\s+ikke\s+til\s+(?:[\w-]*intra\w*|aula|facebook|hjemmesiden|pressen|offentligheden|[\w-]*tavle\w*)"
            r"|\bikke(?<=[–-][ \t]ikke)\s+til\s+(?:[\w-]*opslagstavle\w*|facebook|aula|hjemmesiden|pressen|offentligheden)\b(?:\s+eller\s+(?:på\s+)?[\w-]+)?"
            r"|\bbare\s+mellem\s+os(?:\s+to)?\b"
            # … or in the room, till an event: "lad det blive i rummet til efter udvalgsmødet", "det bliver i rummet"
            r"|\b(?:lad\s+(?:det|dette|det\s+her)\s+blive|(?:det|dette|det\s+her)\s+bliver|bliver\s+(?:det|dette))\s+i\s+(?:rummet|lokalet)\b"
            r"(?:\s+(?:til\s+efter|indtil)\s+[\w-]+)?"
            # a line's note with no subject but the text itself, where it may not be shown: "Må ikke vises på lederforum med
            # navne – …" (not what a film may not be shown to: "Filmen må ikke vises til børn under 15")
            r"|(?:^[ \t#*>(-]*|(?<=[.!?][ \t]))må\s+ikke\s+(?:vises|deles|bruges|lægges\s+op|hænges\s+op)\s+(?:på|i)\s+[\w-]+(?:\s+med\s+navne)?"
            # a heading kept to a unit by its name or to roles after its dash: "Udbetaling – kun Ydelsesservice", "fravær 1.A –
            # Kun til klasselærer og afdelingsleder, lav en oversigt:"
            r"|(?<=[ \t][–-][ \t])kun\s+(?-i:[A-ZÆØÅ][a-zæøå])[\w-]+(?:\s+og\s+[\w-]+)?(?=[ \t]*$)"
            r"|(?<=[ \t][–-][ \t])kun\s+til\s+[\w-]+\s+og\s+[\w-]+(?=,\s+(?:lav|skriv|kan|giv|ret|gør)\b)"
            # not to be written in a record or filed in a shared folder: "Hans adresse må ikke stå i kørebogen", "må ikke lægges i
            # butikkens fællesmappe"
            r"|\bmå\s+ikke\s+(?:stå|lægges|gemmes|noteres|skrives)\s+(?:i|på)\s+(?:[\w-]+s\s+)?[\w-]*(?:bogen|mappe|mappen|journalen|kalenderen|planen|tavlen|systemet|drevet)\b"
            # a citizen not contacted before a step: "Borgeren kontaktes ikke før teamleder har godkendt partshøringen"
            rf"|\b(?:kontaktes|orienteres|informeres)\s+ikke(?:{_CONDITION})"
            # not to leave the house: "allergiliste …, må ikke tages med ud af huset"
            r"|\bmå\s+ikke\s+(?:tages|bringes|fjernes|bæres)\s+(?:med\s+)?(?:ud\s+)?(?:af|fra)\s+(?:huset|kontoret|institutionen|rådhuset|skolen|afdelingen|[\w-]*huset)\b"
            # for one owner's use alone: "Til forsikringsmæglerens brug alene", "kun til teamets eget brug"
            r"|\btil\s+[\w-]+s\s+(?:eget\s+|egen\s+)?brug\s+(?:alene|udelukkende)\b|\btil\s+[\w-]+s\s+interne?\s+brug\b"
            # not in the printed or public edition: "Afsnittet om klagen må ikke med i den trykte udgave"
            r"|\bmå\s+ikke\s+(?:komme\s+)?med\s+i\s+(?:den\s+|det\s+)?(?:trykte|offentlige|udsendte)\s+[\w-]+"
            # German: not to be made public before an announcement
            r"|\bnicht\s+vor\s+(?:der|dem)\s+[^\n]{1,60}?\b(?:öffentlich\s+zu\s+machen|zu\s+veröffentlichen|weiterzugeben)"
            # sealed until a deadline: "Tilbudsmaterialet er forseglet til tilbudsfristen mandag den 11. januar"
            rf"|\bforseglet\s+(?:til|frem\s+til)\s+[\w-]*(?:frist|åbning|start)\w*(?:\s+(?:den\s+)?{_CLAUSE_CHAR}{{1,40}})?"
            # not discussed with someone before an event: "Sagen drøftes ikke med skadelidte, før forsikringsselskabet har svaret"
            r"|\b(?:drøftes|diskuteres|nævnes|omtales)\s+ikke\s+med\s+[\w-]+,?\s+(?:før|indtil)\s+[\w-]+(?:\s+[\w-]+){0,4}"
            # released to the press at a time, not before: "Sendes til medierne onsdag 16. december kl. 08.00 – ikke før"
            rf"|\b(?:sendes|udsendes|offentliggøres|frigives|udgives)\s+[^\n]{{0,60}}?[ \t][–-][ \t]ikke\s+før\b(?:(?=[ \t.!]*$)|\s+(?:{_WHEN}))"
            # kept to oneselves till an event: "holde tallene for jer selv, til udvalget har behandlet sagen"
            r"|\bhold(?:e|er|es)?\s+(?:[\w-]+\s+){1,2}for\s+(?:jer|dig|os)\s+selv\b,?\s+(?:til|indtil)\s+[\w-]+(?:\s+[\w-]+){0,4}"
            # this text kept to its reader: "Skriv ikke om det her i klassens tråd – det er kun til dig."
            r"|\b(?:det|dette|det\s+her|beskeden|mailen|brevet)\s+er\s+kun\s+(?:til|for)\s+(?:dig|jer)(?=\s*(?:[.!–\"”/-]|og\s+mig\b|$))"
            # a heading kept to one definite circle after its dash, ending the line: "Lønforhandling 2027 – kun forhandlingsparterne"
            r"|\bkun(?<=\S[ \t][–-][ \t]kun)\s+(?:for\s+|til\s+)?[^\W\d_]+(?:erne|ene|en)(?:\s+og\s+[^\W\d_]+(?:erne|ene|en))?(?=[ \t]*$)"
            # carried sealed: "Listen tages med i lukket kuvert og makuleres efter turen"
            r"|\b(?:tages\s+med|sendes|afleveres|opbevares|lægges|gives)\s+(?:kun\s+)?i\s+(?:en\s+)?lukket\s+kuvert\b"
            # kept out of a file: "Mailen er skrevet som TR og er ikke til personalesagen", "– ikke i beboerens journal" (not a
            # fact: "Det står ikke i journalen"; nor where to file it: "det skal ikke i personalesagen, det skal i loggen")
            r"|\b(?:er|må)\s+ikke\s+(?:til|med\s+i|lægges\s+i|i)(?<!\ber\s+ikke\s+i)\s+(?:[\w-]+s\s+)?[\w-]*(?:personalesag|journal|elevmappe|sagsmappe)(?:en)?\b"
            r"|\bikke(?<=[–-][ \t]ikke)\s+i\s+(?:[\w-]+s\s+)?[\w-]*(?:journal|personalesag|elevmappe)(?:en)?\b"
            r"|\bopbevares(?<=[–-][ \t]opbevares)\s+(?:kun\s+)?i\s+(?:[\w'’-]+\s+)?(?:lukkede|aflåste|sikre)\s+[\w-]+"
            # (said of a text, in a closed folder: "Erklæringen opbevares i lukket mappe")
            r"|\bopbevares\s+(?:kun\s+)?i\s+(?:en\s+)?(?:lukket|aflåst)\s+[\w-]*mappe\b"
            # kept in one place, the line headed by a level: "Personfølsomt notat – opbevares kun i elevmappen",
            # "Beskyttede personoplysninger – behandles kun i omsorgssystemet", "… – opbevares i Acadre, ikke på fællesdrev"
            rf"|\b(?:opbevares|gemmes|behandles|ligger)(?<=^{_LINE_START}(?:{_LEVEL}|personfølsom\w*|følsom\w*|beskyttede?)\b[^\n–]{{0,40}}[–-][ \t]\w+)"
            r"\s+(?:kun\s+|alene\s+)?i\s+[\w-]+(?:,\s+ikke\s+(?:på|i)\s+[\w-]+)?"
            r"|\b(?:sig|nævn|fortæl)(?<=(?:^[ \t]*|[.!?:]\s|\bog\s)(?:sig|nævn|fortæl))\s+(?:det\s+)?ikke\s+(?:noget\s+)?til\s+(?:ham|hende|dem|[\w-]+(?:en|et|ne|erne))\b"
            r"\s+at\b[^.!?\n]{0,60}",  # (what is not to be told: not "Sig det ikke til hende, det er en overraskelse!")
            LIKELY,
        ),
        # Waiting for approval before it goes out: "skal godkendes af begge gæster før udsendelse", "Udkast – sendes først
        # når han har underskrevet kontrakten", "version 0.3, ikke godkendt af politiet".
        Pattern(
            "not yet approved to go out (likely)",
            r"\b(?:skal|må\s+først)\s+godkendes\s+af\s+(?:[\w-]+\s+){1,3}?(?:før|inden)\s+(?:udsendelse|afsendelse|offentliggørelse|publicering|brug)\b"
            # … said the other way round: "familien skal godkende teksten før den sendes til avisen"
            r"|\bskal\s+godkende\s+(?:teksten|den|det|citatet|citaterne|artiklen|opslaget|nekrologen)\s+(?:før|inden)\s+(?:den|det|de)\s+"
            r"(?:sendes|offentliggøres|bringes|udgives|publiceres|lægges\s+(?:op|ud))\b(?:\s+(?:til|på|i)\s+[\w-]+)?"
            r"|\bsendes(?<=[–,-][ \t]sendes)\s+først(?:\s+ud)?,?\s+(?:når|efter)\s+[^\n.!?;]{1,60}"
            r"|\bikke(?<=,[ \t]ikke|[–-][ \t]ikke)\s+godkendt\s+af\s+(?:[\w-]+\s+)?[\w-]+"
            # … after what it says of: "Podcast-manus, afsnit 4 – optagelse ikke godkendt af gæsterne endnu"
            r"|\bikke(?<=[–-][ \t](?:[\w-]+[ \t]+){1,2}ikke)\s+godkendt\s+af\s+(?:[\w-]+\s+)?[\w-]+(?:\s+endnu)?(?=[ \t]*$)"
            # … closing a heading: "Svar til læserbrev i Posten, ikke godkendt endnu:"
            r"|\bikke(?<=,[ \t]ikke|[–-][ \t]ikke)\s+godkendt\s+endnu(?=[ \t]*(?::|$))"
            # not ready to be shared, closing a heading: "SoMe-kalender december, ikke klar til deling:"
            r"|\bikke(?<=,[ \t]ikke|[–-][ \t]ikke|\ber[ \t]ikke)\s+klar\s+til\s+(?:deling|udgivelse|offentliggørelse|publicering|udsendelse)\b"
            # internal and for some readers after a heading's dash: "Spørgsmål og svar – internt, til borgerservice og Tæt På"
            r"|\binternt(?<=[–-][ \t]internt),[ \t]+(?:kun[ \t]+)?til[ \t]+[^\n,.:;]{2,50}?(?=[ \t]*$)"
            # … or after a colon, kept to a group: "Sygeplejerske Anette Borup spørger: internt, kun sygeplejegruppen."
            r"|\binternt(?<=:[ \t]internt),[ \t]+kun[ \t]+(?:til[ \t]+)?[\w-]+(?:gruppen|teamet|ledelsen|afdelingen)\b"
            # protected, heading what follows after a dash: "Udtræk fra OmsorgsOverblik – Beskyttet: personoplysninger …"
            r"|[–-][ \t]\K(?:beskyttet|skærmet)(?=:[ \t])"
            # a draft not final: "Revisionsudkast, ikke endeligt og må ikke citeres", "(kladde): … er ikke endeligt"
            r"|\bikke(?<=\b(?:[\w-]*udkast|kladde)\b[^\n]{0,40}\bikke)\s+endelig[t]?\b"
            # put up only after an event: "Intranetnyhed (kladde), lægges først op efter personalemødet fredag"
            r"|\b(?:lægges\s+først\s+op|offentliggøres\s+først|udsendes\s+først)\s+(?:efter|når)\s+[^\n.!?;:]{1,50}"
            r"|\b(?:deles|sendes|udleveres|videregives)\s+ikke\s+(?:med|til)\s+[\w-]+\s+(?:før|inden)\s+[^\n.!?;]{1,60}"
            # opened only at a time, also as a heading's note: "Forseglet – åbnes først 5. maj 2027 kl. 9.00"
            r"|(?:\bmå\s+(?:først|tidligst)\s+åbnes|\båbnes(?<=[–-][ \t]åbnes)\s+(?:først|tidligst))\s+(?:[\w.]+\s+){0,5}?(?:kl\.?\s*\d{1,2}(?:[.:]\d{2})?|\d{1,2}\.\s*(?:" + _MONTHS_DA + r"))\b"
            r"|\bendnu(?<=[–-][ \t]endnu)\s+ikke\s+(?:drøftet|godkendt|behandlet)\s+(?:med|af|i)\s+[\w-]+(?:\s+(?!og\b|eller\b)[\w-]+)?"
            r"|\bikke(?<=[–-][ \t]ikke)\s+drøftet\s+med\s+[\w-]+(?:\s+(?!og\b|eller\b)[\w-]+)?"
            # a text not yet released (not a room: "Lokalet er ikke frigivet endnu"): "svarene er ikke frigivet endnu"
            # (the span from "frigivet": a match that starts "ikke" after an indefinite subject reads as a rule about a kind)
            rf"|\bfrigivet(?<=\b(?:[\w-]*(?:{_DOCUMENT})\w*|svar\w*|tallene|resultaterne)\s+er\s+(?:endnu\s+)?ikke\s+frigivet)(?:\s+endnu)?\b",
            LIKELY,
        ),
        # An agenda item's status in JSON: '{"punkt": 9, …, "status": "Lukket"}' (also in a list of items: '"punkter": [{"nr": 3,
        # …, "status": "Lukket"}')
        Pattern(
            "closed item's status in JSON (likely)",
            r"\"status\"(?<=\"punkt\"[^{}\n]{0,200}\"status\"|\"(?:punkter|dagsordenspunkter)\"\s*:\s*\[[^\]]{0,3000}\"status\")\s*:\s*\"\Klukket(?=\")",
            LIKELY,
        ),
        # Kept to a few: "til skolekøkkenets ansatte og ingen andre", "kun sagsbehandler og teamleder har adgang",
        # "Sagen holdes mellem HR-partner og leder", "holder vi det om din sygemelding mellem os to", "det om hende
        # bliver i den her tråd", "Sygelisten er til FM-ledelsens eget brug", "– udleveres kun til parterne", "er ikke
        # med i den offentlige revisionsberetning", "skal holdes inden for udvalgsformandskabet indtil de er kvalitetssikret",
        # "NB: ingen kopi af erklæringen til arbejdsgiveren".
        Pattern(
            "kept to a few (likely)",
            r"\btil\s+(?:[\w-]+\s+){1,3}?og\s+ingen\s+andre\b|\bog\s+intet\s+andet\s+sted\b"
            rf"|\bkun\s+{_ROLES}\s+har\s+adgang\b"
            r"|\b(?:holdes|blive|bliver|forbliver)\s+mellem\s+(?:[\w-]+\s+)??[\w-]+\s+og\s+(?:[\w-]+\s+)??[\w-]+(?:,?" + _CONDITION + r")?"
            # kept in a unit or with someone: "holdes i HR, ikke til afdelingen", "holdes i skoleledelsen og hos mig"
            rf"|\bholdes\s+i\s+(?:{_CIRCLE}|(?-i:[A-ZÆØÅ]{{2,5}}))\b(?:,\s+ikke\s+til\s+[\w-]+|\s+og\s+hos\s+(?:mig|os))?"
            # … or inside it, as a note of its own: "holdes indenfor spædbørnsteamet"
            rf"|\bholdes\s+inden\s?for\s+(?:{_CIRCLE})\b(?=[ \t]*(?:[.:)]|$))"
            # not passed on from the case: "bliver i sagen og går ikke videre til underboen"
            r"|\bgår\s+ikke\s+videre\s+til\s+[\w-]+"
            # not copied to someone: "Mailen skal ikke i kopi til frivilliggruppen"
            r"|\b(?:skal|må)\s+ikke\s+(?:sendes\s+)?i\s+kopi\s+til\s+(?:[\w-]+s\s+)?[\w-]+"
            r"|\bhold(?:er|e|es)?\s+(?:vi|i|du|jeg)?\s*(?:det|den|dem)\b[^.!?\n]{0,50}?\bmellem\s+os(?:\s+to)?\b"
            r"|\bbliver\s+i\s+(?:den|denne)\s+(?:her\s+)?(?:tråd|chat|gruppe|kreds)\b"
            # "det bliver her i chatten", "det bliver herinde" (not "det bliver her": a meeting's place)
            r"|\b(?:det|dette|det\s+her)\s+bliver\s+(?:her\s+i\s+(?:chatten|tråden|gruppen|kanalen|teamet)|herinde)\b"
            # a fact not mentioned in a circle: "Ordblindheden nævnes ikke i teamet"
            rf"|\bnævnes\s+ikke\s+(?:i|for|over\s+for)\s+(?:{_CIRCLE})\b"
            r"|\ber\s+til\s+[\w-]+(?:ens|ets|nes|s)\s+(?:egen|eget)\s+(?:brug|orientering)\b"
            r"|\b(?:udleveres|sendes|deles)(?<=[–-][ \t](?:udleveres|sendes|deles))\s+kun\s+til\s+[\w-]+"
            r"|\b(?:er|kommer|skal|må)\s+ikke\s+med\s+i\s+(?:(?:den|det|de)\s+offentlige\s+[\w-]+|[\w-]*aktindsigt(?:en)?\b(?:\s+til\s+(?:[\w-]+\s+){0,2}[\w-]+)?)"
            # a text staying with someone: "Notaterne skal blive hos skolens ledelse" (not people: "Børnene skal blive hos mor")
            rf"|\b(?:skal|må)(?<=\b(?:[\w-]*(?:{_DOCUMENT})\w*|det|dette)\s(?:skal|må))\s+(?:kun\s+)?blive\s+(?:hos|i)\s+(?:{_ROLES}|{_CIRCLE})\b"
            # not to the press, after "men" or a dash: "vil I sige det til klassen? men ikke til avisen eller på aula"
            r"|\bikke(?<=(?:\bmen|[–,])\s+ikke)\s+til\s+(?:pressen|avisen|medierne|journalister(?:ne)?|offentligheden)\b(?:\s+eller\s+(?:på|i|til)\s+[\w-]+)?"
            # passed on by word of mouth only: "Nattevagtsrapport – overdrages kun mundtligt"
            r"|\b(?:overdrages|gives\s+videre|videregives|meddeles|oplyses)\s+kun\s+mundtligt\b"
            # no copy to someone, as a note of its own: "NB: ingen kopi af erklæringen til arbejdsgiveren"
            r"|\bingen(?<=(?:^[ \t]*|[.!:;–-][ \t])ingen)\s+kopi(?:er)?\s+(?:af\s+(?:[\w-]+\s+){1,3}?)?til\s+(?:[\w-]+s\s+)?[\w-]+"
            r"|\bholdes\s+inden\s+for\s+[\w-]+(?:et|en|ne)\b,?" + _CONDITION,
            LIKELY,
        ),
        # Kept to roles or bodies: "– kun til borgmester og kommunaldirektør", "Emne: … – kun HR og direktør",
        # "Kun til direktionen og HR (ikke MED endnu)", "drøftes kun af formand og næstformand".
        Pattern(
            "kept to roles (likely)",
            # (or right after the text it keeps: "Elevsamtale, notat kun til klasselærer og leder: …")
            rf"(?:kun|alene|udelukkende)(?<=(?:^{_LINE_START}|[–\-:·•(]\s?|[.!?]\s|[\t|;][ \t]*|,\s|\b(?:{_DOCUMENT})(?:en|et|t|n)?\s)"
            rf"(?:kun|alene|udelukkende))\s+(?:til\s+|t\.\s*|for\s+)?{_ROLES}(?:\s+og\s+(?:mig|os))?"
            # where the roles work or what they hold: "kun til chaufførerne på rute 2", "kun leder og pårørende med fuldmagt"
            rf"(?:\s+(?:på|i|ved|hos|med)\s+[\w-]+(?:\s+(?:&|og)\s+[\w-]+|\s+(?:\d+|\w\b))?)?"
            rf"(?:\s*\([^()\n]{{1,30}}\))?(?=[ \t]*(?:[.!–\-|)\]:]|$)|,[ \t]*ikke\s+(?:til\s)?)"
            rf"|\b(?:behandles|drøftes|læses|håndteres|ses|bruges|anvendes)\s+(?:kun|alene|udelukkende)\s+af\s+{_ROLES}\b"
            # shared with roles alone, or kept in one closed place: "Ønskerne deles kun med den palliative sygeplejerske", "FORTROLIG –
            # lægges kun i den lukkede elevmappe"
            rf"|\bdeles\s+(?:kun|alene|udelukkende)\s+med\s+{_ROLES}\b"
            r"|\b(?:lægges|gemmes|opbevares|arkiveres)\s+(?:kun|alene|udelukkende)\s+i\s+(?:den\s+|det\s+)?(?:lukkede|aflåste|sikre)\s+[\w-]+"
            # closed to all but some, after a heading's dash: "Mødeindkaldelse – lukket for alle andre end MED-udvalgets formandskab"
            r"|(?<=[–-][ \t])lukket\s+for\s+(?:alle\s+)?andre\s+end\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=[ \t]*(?:[.:;,]|$)|\s+(?-i:[A-ZÆØÅ]))"
            # known only to roles: "det må kun skolelederen og klasselæreren vide"
            rf"|\bmå\s+kun\s+{_ROLES}\s+(?:vide|kende\s+til|få\s+at\s+vide|se|læse)\b"
            # for use in a unit, as a note: "medicinliste til nattevagten, kun til brug på afdelingen"
            r"|(?:kun|alene|udelukkende)(?<=(?:[–\-:(]\s?|,\s)(?:kun|alene|udelukkende))\s+til\s+(?:intern\s+)?brug\s+(?:i|på|ved)\s+(?:[\w-]+s\s+)?[\w-]+"
            # sent only to roles, in brackets: "Referat (udsendes kun til deltagerne)"
            rf"|(?:udsendes|sendes|deles)(?<=\(\s?(?:udsendes|sendes|deles))\s+(?:kun|alene|udelukkende)\s+til\s+{_ROLES}\b"
            # the roles first: "DPO-log – til databeskyttelsesrådgiveren og sikkerhedsudvalget alene"
            rf"|til(?<=(?:[–\-:]\s|\()til)\s+{_ROLES}\s+(?:alene|udelukkende)\b"
            # in English: "Employee file note – restricted to HR and line manager"
            rf"|\b(?:restricted|limited)\s+to\s+(?:the\s+)?{_ROLES}\b"
            # for a role's eyes: "TIL SAGSBEHANDLERS ØJNE ALENE", "kun til ledelsens øjne"
            r"|\btil\s+[\w-]+s\s+øjne\b(?:\s+(?:alene|udelukkende))?"
            # used only inside, as a note: "Personfølsomt – bruges kun internt i Socialafdelingen"
            r"|(?:bruges|anvendes)(?<=(?:[–\-:(]\s?|,\s)(?:bruges|anvendes))\s+kun\s+(?:internt\b(?:\s+i\s+[\w-]+)?"
            r"|(?:ved|under)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:en|et|ne|erne|ser|er)\b)"  # ("– bruges kun ved planlagte afbrydelser")
            # kept only in the records, as a note: "Handleplan – personhenførbart, må kun opbevares i elevens mappe"
            r"|\bmå\s+kun\s+(?:opbevares|gemmes|ligge)\s+(?:i|på)\s+(?:[\w-]+s\s+)?(?:[\w-]*mappe(?:n)?|esdh|[\w-]*journal(?:en)?"
            r"|[\w-]*sag(?:en)?|[\w-]*system(?:et)?|[\w-]*drev(?:et)?)\b(?:\s+under\s+[\w-]+)?"
            # access kept to roles: "skærmet sag, kun adgang for teamleder og to navngivne sagsbehandlere"
            # (not a place's: "Lukket for offentligheden – kun adgang for personale og børn" on a sign)
            rf"|\b(?:(?:kun|alene|udelukkende)\s+adgang|adgang\s+(?:kun|alene|udelukkende))\s+for\s+{_ROLES}\b(?![^\n]*\b(?:børn|gæster|besøgende|publikum)\b)"
            # the modal first, by a unit by its name: "Må kun behandles i Opkrævningen", "må kun læses af Lønkontoret"
            rf"|\bmå\s+(?:kun|alene|udelukkende)\s+(?:behandles|læses|ses|håndteres|tilgås|bruges|anvendes|medbringes|åbnes)\s+(?:af|i)\s+"
            rf"(?:(?:den|de)\s+[\w-]+\s+)?(?:{_ROLES}|{_CIRCLE}|(?-i:[A-ZÆØÅ])[\w-]+)\b",
            LIKELY,
        ),
        # Papers kept in one place only, or not to be photographed or taken home: "Listen må kun ligge i nattevagtens
        # mappe", "Listen må du ikke fotografere eller tage med hjem".
        Pattern(
            "papers kept in one place (likely)",
            rf"\bmå(?<=\b{_PAPERS}\små)\s+kun\s+(?:ligge|opbevares|gemmes)\s+(?:i|på)\s+(?:[\w-]+s\s+)?[\w-]+"
            rf"|\bmå(?<=\b{_PAPERS}\små)\s+(?:du|I|man)\s+ikke\s+(?:fotografere|kopiere|printe|tage\s+med\s+hjem)\b"
            r"(?:\s+eller\s+(?:fotografere|kopiere|printe|tage\s+med\s+hjem))?",
            LIKELY,
        ),
        # A heading's note on where a text may be and who may see it, after its dash: "Nyhedsbrev – intern udgave",
        # "Personoplysninger – gem ikke i Teams", "TR-noter (mine egne) – bliver hos mig og FOA's konsulent"; how it came
        # or may go out: by secure mail, to be said only when asked, awaiting a check.
        Pattern(
            "a heading's note on its readers (likely)",
            r"(?<=[–(][ \t])intern[et]?\s+(?:udgave|version)(?=[ \t]*(?:[)]|$))"
            rf"|(?<=(?:^[ \t*>-]*|[–:·][ \t]))gem\s+(?:(?:det|dem|den)(?:\s+her)?\s+)?ikke\s+(?:(?:det|dem|den)(?:\s+her)?\s+)?(?:i|på)\s+"
            r"(?:teams|outlook|onedrive|dropbox|[\w-]*drev(?:et)?|sharepoint|skrivebordet|indbakken|mailen|[\w-]*(?:chat|kanal|tråd)\w*)\b"
            r"|(?<=[–(][ \t])bliver\s+hos\s+(?:mig|os)(?:\s+og\s+[^\n)–]{1,40}?)?(?=[ \t]*(?:[)]|$))"
            # sent by secure mail, as a forwarded mail's heading: "Sikker mail – videresendt fra Borgerservice"
            r"|^[ \t*>#]*sikker\s+(?:e-?)?(?:mail|post)(?=[ \t]+[–-])"  # (not a channel named: "Sikker post: via borger.dk")
            # a press answer to be given only when asked: "Beredskabssvar – kun reaktivt:", "Q&A (reactive only)"
            r"|(?<=[–(,][ \t])(?:kun\s+reaktiv[t]?|reactive\s+only|kun\s+til\s+reaktiv\s+brug|for\s+reactive\s+use\s+only)(?=[ \t]*[):.,–-]|[ \t]*$)"
            # a restriction after "intern" in a heading's bracket: "Bøgely – overlevering (intern, tages ikke med ud af huset)"
            r"|(?<=\([ \t]?intern[t]?,[ \t])(?:[\w-]+\s+ikke|må\s+ikke|ikke)\s+[^)\n]{1,40}(?=\))"
            # what a note holds, said at its heading's end: "Visitationsnotat – indeholder helbredsoplysninger" (not the reason
            # after a restriction, "Må ikke deles uden for teamet – indeholder helbredsoplysninger", which writers leave out)
            rf"|\bindeholder(?<=^[^\n]{{0,60}}(?:{_DOCUMENT})\w*[ \t][–-][ \t]indeholder)\s+(?:følsomme\s+|fortrolige\s+)?(?:helbreds|person|cpr-?)?(?:oplysninger|data)(?=[ \t]*$)"
            # kept to a group, after a note's heading and a comma: "Træningsnotat, genoptræningen – journaloplysninger, kun til
            # terapeuter"
            rf"|\bkun(?<=^[^\n]{{0,40}}(?:{_DOCUMENT})\w*[^\n]{{0,40}}[–,][ \t]kun)\s+til\s+[\w-]+(?=[ \t]*$)"
            # not by ordinary mail, or not shown to some, as a note after a heading's dash: "Personale-intern – sendes ikke som
            # almindelig mail", "Beboeroplysninger – vises ikke for besøgende"
            r"|(?<=[–-][ \t])sendes\s+ikke\s+(?:som|med|via|pr\.?)\s+(?:almindelig|alm\.?|ukrypteret)\s+(?:e-?)?(?:mail|post)(?=[ \t]*$)"
            rf"|\b(?:vises|deles|udleveres|gives|sendes)(?<=^[^\n]{{0,40}}(?:{_DOCUMENT})\w*[ \t][–-][ \t]\w+)\s+ikke\s+(?:til|for|med)\s+[\w-]+(?=[ \t]*$)"
            # a draft's heading, not sent yet: "Udkast til svar til Brøndmark Dagblad – ikke sendt, afventer jura"
            r"|\bikke(?<=^[ \t*>#]*(?:udkast|kladde|draft)\b[^\n]{0,60}[ \t][–-][ \t]ikke)\s+(?:sendt|udsendt|godkendt|offentliggjort)(?:\s+endnu)?"
            r"(?:,[ \t]*(?:afventer|venter\s+på)\s+[\w-]+(?:\s+[\w-]+)?)?(?=[ \t]*$)"
            # to one reader and not another, heading a line: "Til AKT-teamet, ikke til forældrene: …"
            rf"|^{_LINE_START}til\s+[\w-]+,\s+ikke\s+til\s+[\w-]+(?:\s+(?:eller|og)\s+[\w-]+)?(?=[ \t]*[:–-])"
            # for no one but the two of us: "ikke for andre end dig og mig"
            r"|\bikke\s+for\s+andre\s+end\s+(?:dig|jer|os)(?:\s+og\s+(?:mig|os))?\b"
            # a line that says only where the text may not go: "Ikke til personaleblad eller intranet" (not "Ikke til stede")
            rf"|(?:^{_LINE_START}|(?<=[.!?][ \t]))ikke\s+til\s+(?!(?:stede|salg|rådighed)\b)(?:[\w-]+\s+){{0,2}}[\w-]+(?:\s+(?:eller|og)\s+[\w-]+)?(?=[ \t]*$)"
            # a press answer for use only when asked: "Beredskabssvar – kan kun bruges, hvis journalisten selv spørger"
            r"|\b(?:(?:kan|må)\s+kun\s+bruges|bruges\s+kun),?\s+hvis\s+(?:journalisten|pressen|medierne|en\s+journalist)\s+(?:selv\s+)?"
            r"(?:spørger|henvender\s+sig|ringer)\b"
            # … or only once consent or approval is there: "Billedtekster – må kun bruges, hvis samtykkeerklæringerne er i orden",
            # "må kun deles, når familien har godkendt det", "Billedteksten må først bruges, når han har givet skriftligt samtykke"
            r"|\b(?:kan|må)\s+(?:kun|først)\s+(?:bruges|anvendes|offentliggøres|deles|vises|udgives),?\s+(?:hvis|når)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:[\w-]*samtykke\w*\s+(?:er|foreligger)|[\w-]*tilladelse\w*\s+(?:er|foreligger)|(?:har|er)\s+godkendt|har\s+givet\s+(?:[\w-]+\s+)?(?:samtykke|lov|tilladelse))"
            r"(?:\s+i\s+orden|\s+det)?"
            # to a unit by its name in a heading's bracket: "Udbetalingsliste – godtgørelser (kun Økonomi)"
            r"|(?<=\([ \t]?)kun\s+(?-i:[A-ZÆØÅ])[\w-]+(?:\s+og\s+(?-i:[A-ZÆØÅ])[\w-]+)?(?=[ \t]*\))"
            # kept to readers after a text's name and its dash: "Internt nyhedsbrev – kun for medarbejdere i Teknik og Miljø"
            rf"|\b(?:kun|ikke)(?<=^[^\n]{{0,40}}(?:{_DOCUMENT}|dagbog)\w*(?:[ \t][–-]|,)[ \t](?:kun|ikke))(?:(?<=kun)\s+(?:til|for)\s+[^\n…]{{1,60}}?|(?<=ikke)\s+til\s+[\w-]+)(?=[ \t]*:?[ \t]*$|:[ \t])"
            # ("Hjemmeplejens dagbog, ikke til pårørendeportalen")
            # a heading's bracket: kept internal to some, kept to some before a colon, for official use: "DPO-log (intern – DPO og
            # jura)", "Intranet-nekrolog (kun til medarbejdere):", "Månedsrapport (tjenestebrug)"
            r"|(?<=\()intern[t]?[ \t]*[–-][ \t]*[^)\n]{1,30}(?=\))"
            r"|\bkun(?<=^[^\n]{3,60}\(kun)\s+(?:til|for)\s+[^)\n]{1,40}(?=\)[ \t]*:)"
            r"|(?<=\()tjenestebrug(?=\))"
            # "not further" closing a chat's line: "bare så du ved det, ikke videre"
            r"|(?<=,[ \t])ikke\s+videre(?=[ \t]*[.!]?[ \t]*$)"
            # for internal handling, as a heading: "TIL INTERN SAGSBEHANDLING – Anmodning om aktindsigt"
            rf"|^{_LINE_START}til\s+intern\s+(?:sagsbehandling|orientering|drøftelse)\b"
            # a post awaiting someone's consent, as its status: "(status: mangler hans samtykke)", "Afventer hendes OK."
            r"|(?:(?<=status:[ \t])|(?<=^)|(?<=[.!?][ \t]))(?i:mangler|venter\s+på|afventer)\s+(?:hans|hendes|deres|begge\s+forældres|forældrenes)\s+"
            r"(?:samtykke|underskrift|ok|godkendelse|accept)\b"
            # not yet approved or final, closing a bracket after a text: "Svar (foreslået, ikke godkendt endnu):" (not a leave
            # not approved: "Sara Yilmaz 5 dage (ferie, ikke godkendt)")
            r"|\bikke(?<=\([^()\n]{0,20},[ \t]ikke)(?<!\((?:ferie|fri|orlov|afspadsering|barsel|kursus|omsorgsdag)\w*,[ \t]ikke)"
            r"\s+(?:godkendt|endelig[t]?|publiceret)(?:\s+endnu)?(?=\))"
            # nothing in a channel yet, said in a chat: "ikke noget i Aula endnu"
            r"|\bikke\s+noget\s+(?:om\s+det\s+)?(?:i|på)\s+(?:aula|intra|teams|[\w-]*(?:chat|kanal|tråd)\w*)(?:\s+endnu)?\b"
            # answered in private, not in a group: "svar hende privat, ikke i gruppechatten"
            r"|\bprivat,?\s+ikke\s+i\s+(?:den\s+)?[\w-]*(?:chat|tråd|kanal|gruppe)\w*"
            # kept to readers in a bracket after a note's name: "UU-notat (kun til vejleder og skole)"
            rf"|\bkun(?<=(?:{_DOCUMENT})\w*[ \t]\(kun)\s+(?:til|for)\s+[^)\n]{{1,40}}(?=\))"
            # a text awaiting a check before it may go out: "Pressemeddelelse, foreløbig tekst – afventer juridisk gennemlæsning"
            r"|\b(?:foreløbig(?:\s+(?:tekst|version|udgave))?|ikke\s+endelig)[ \t]*[–,-][ \t]*afventer\s+(?:[\w-]+\s+){0,2}?"
            r"(?:godkendelse|gennemlæsning|gennemsyn|kvalitetssikring|underskrift|tjek|korrektur)\b",
            LIKELY,
        ),
        # Shared only within a circle, said of a text: "Referatet deles kun blandt styregruppens medlemmer".
        Pattern(
            "shared only within a circle (likely)",
            rf"(?:deles|sendes|udsendes|vises|fordeles|cirkuleres)(?<=\b(?:(?:{_DOCUMENT})\w*|{_FACTS}|det|dette|den|denne|del)\s"
            rf"(?:deles|sendes|udsendes|vises|fordeles|cirkuleres))\s+(?:kun|alene|udelukkende)\s+(?:i|blandt|inden\s+for|med|til)\s+"
            rf"(?:{_ROLES}|{_CIRCLE}|[\w-]+s\s+(?:medlemmer|deltagere)|[\w-]+(?:en|erne|ene))\b(?:{_CONDITION})?",
            LIKELY,
        ),
        # A text's information kept to one purpose: "Oplysningerne i dette brev må kun bruges til jeres vurdering af
        # samvær", "Oplysninger fra Rusmiddelcentret må kun anvendes i samværssagen" (a kind's rule, "Personoplysninger
        # må kun bruges til det formål …", is left to the rule check; a room's use, "Lokalet må kun bruges til møder", has
        # no text or information before it).
        Pattern(
            "kept to one purpose (likely)",
            rf"(?<=\b(?:[\w-]*(?:{_DOCUMENT})(?:en|et|er|erne|ene|e|s|n|t)?|[\w-]*oplysning\w*|udtalelse\w*)\b[^\n.!?;]{{0,40}}\s)"
            rf"(?:må|skal)\s+(?:kun|alene|udelukkende)\s+(?:bruges|anvendes|benyttes)\s+(?:til|i|under)\s+[^\n.!?;,]{{1,50}}?(?=\s+og\s|[\n.!?;,]|$)"
            # the same as a note of its own, or with the verb first: "Må kun bruges til evakuering og slettes …", "Listen
            # bruges kun under strømudfaldet og makuleres bagefter"
            rf"|(?:^{_LINE_START}|(?<=\(\s?)|(?<=[–-]\s))må\s+(?:kun|alene|udelukkende)\s+(?:bruges|anvendes|benyttes)\s+(?:til|i)\s+[^\n.!?;,)]{{1,50}}?(?=\s+og\s|[\n.!?;,)]|$)"
            r"|\b(?:bruges|anvendes)\s+(?:kun|alene|udelukkende)\s+reaktivt\b|\bkun\s+til\s+reaktiv\s+brug\b"
            # used only during an event, as a note of its own: "Bruges kun under afbrydelsen", "intern liste, bruges kun
            # under hedebølgen" (a time-bounded use; "– bruges kun til møder" may be a room's)
            rf"|(?:bruges|anvendes)(?<=(?:^{_LINE_START}|[,–-]\s)(?:bruges|anvendes))\s+(?:kun|alene|udelukkende)\s+under\s+[\w-]+"
            # for a unit's use only, heading a line: "Udelukkende til brug for hjemmesygeplejen under krisen"
            rf"|^{_LINE_START}(?:kun|alene|udelukkende)\s+til\s+brug\s+for\s+(?:{_ROLES}|{_UNIT})\b"
            rf"|(?<=\b[\w-]*(?:{_DOCUMENT})(?:n|en|t|et|erne|ne)\s)(?:bruges|anvendes)\s+(?:kun|alene|udelukkende)\s+(?:til|under|i)\s+[^\n.!?;,]{{1,50}}?(?=\s+og\s|[\n.!?;,]|$)",
            LIKELY,
        ),
        # The text kept to you, said in a clause: "og husk at den kun er til dig og ikke skal med i jeres journal".
        Pattern("kept to you in a clause (likely)", r"\b(?:den|det|denne|dette|mailen|beskeden)\s+kun\s+er\s+til\s+(?:dig|jer)\b", LIKELY),
        # A note kept to its reader, heading a line, after a dash or after the name it is addressed to: "Kun til dig – …",
        # "Kun til jer: …", '"Lars, kun til dig: …"' (not "Kun til dig, der er over 65", which offers something).
        Pattern(
            "kept to you (likely)",
            rf"(?:kun|only)(?<=(?:^{_LINE_START}|[–\-:]\s|[.!?]\s|^(?:hej|kære|hi)[ \t]+[\w-]+,\s|^{_LINE_START}(?-i:[A-ZÆØÅ])[\w-]+,\s)(?:kun|only))\s+(?:(?:til|for)\s+)?(?:dig|jer|you)"
            r"(?:\s+(?:og|and)\s+(?:mig|me)|\s+som\s+[\w-]+|\s+i\s+[\w-]+)?"
            r"(?=(?:,[ \t]+(?-i:[A-ZÆØÅ])[\w-]+)?[ \t]*(?:[.!–\-:)\"”]|$))"
            # … or after a comma closing what it keeps: "Skriv det ikke i Aula-tråden, kun til dig.", "følsomme elevoplysninger,
            # kun til dig", "Skoleleder her – kun til dig som skolechef, ikke til bestyrelsen" (to you: "kun for dig" may be a
            # gift or a price, "kommunen betaler kun for dig")
            r"|kun(?<=\S,\skun)\s+til\s+(?:dig|jer)(?:\s+som\s+[\w-]+)?(?=[ \t]*(?:[.!–\-:)\"”/]|,[ \t]+ikke\b|$))",
            LIKELY,
        ),
        # A use a text is kept to, after its level: "Oplysningerne er fortrolige og alene til brug i sagsbehandlingen".
        Pattern(
            "kept to a use after a level (likely)",
            rf"(?:kun|alene|udelukkende)(?<=(?:{_LEVEL}|intern[te]?)\s+og\s(?:kun|alene|udelukkende))\s+til\s+(?:{_A_USE}"
            # … or to readers: "Oplysningerne er fortrolige og kun til socialtjenesten i Malmø"
            rf"|(?:{_ROLES}|[\w-]+(?:en|et|ne|erne|ene))(?:\s+(?:i|for|på)\s+(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?:og|&)\s+(?-i:[A-ZÆØÅ])[\w-]+)?)?)\b",
            LIKELY,
        ),
        # Sensitive information named as a heading or after a dash: "Følsomme elevoplysninger – må ikke printes",
        # "Indskrivningsark – følsomme oplysninger, opbevares i aflåst skab".
        Pattern(
            "sensitive information as a heading (likely)",
            rf"(?:^{_LINE_START}|[–-][ \t])\Kfølsomme(?=\s+[\w-]*oplysninger\b[ \t]*(?:[–,:.-]|$))",
            LIKELY,
        ),
        # An appointment marked private in a calendar's line, after its time or for the whole day: "man 13-14 Privat".
        # (also after a dash on a calendar's line with its time: "Tirs 13.00 Møde med … – Privat", or on its heading)
        Pattern(
            "private appointment (likely)",
            r"(?<=\d[ \t])(?-i:Privat|PRIVAT)(?=[ \t]*$)|(?-i:Privat|PRIVAT)(?<=\d[.:]\d\d[^\n]{1,80}[–-][ \t](?-i:Privat|PRIVAT))(?=[ \t]*$)"
            # (or the calendar's heading: "Borgmesterens kalender, uge 50 – Privat")
            r"|(?-i:Privat|PRIVAT)(?<=^[^\n]{0,30}kalender\b[^\n]{0,30}[ \t][–-][ \t](?-i:Privat|PRIVAT))(?=[ \t]*$)"
            # (or a day's line taken whole: "Ons 9/12 hele dagen Privat")
            r"|(?-i:Privat|PRIVAT)(?<=\d[^\n]{0,20}\bhele[ \t]+dagen:?[ \t]+(?-i:Privat|PRIVAT))(?=[ \t]*$)",
            LIKELY,
        ),
        # Kept to some readers or off the shared drive, as a heading's note or a sentence of its own: "Hændelsesrapport – skal
        # kun til forvaltningen, ikke ud til forældregruppen", "Skal kun til skoleleder og forvaltning.", "Personlig kontrakt.
        # Ikke på fællesdrevet"
        Pattern(
            "kept to some readers or off the shared drive, as a note (likely)",
            rf"(?:^|[–-][ \t]|[.!?][ \t])\K(?:skal\s+kun\s+til\s+(?:{_ROLES}|{_UNIT})|ikke\s+på\s+(?:det\s+)?fællesdrev(?:et)?)\b"
            # (or to it, after a heading's comma: "– intern oversigt, ikke til fællesdrevet")
            r"|,[ \t]\Kikke\s+(?:på|til)\s+(?:det\s+)?fællesdrev(?:et)?\b",
            LIKELY,
        ),
        # A duty of confidentiality said in a note's brackets: "Notat (tavshedspligt gælder)" (not a heading's topic:
        # "Tavshedspligt – regler for frivillige"); sent by secure mail as a subject's note: "Emne: Borger med radon – sikker
        # mail, indeholder cpr".
        Pattern(
            "confidentiality or secure mail as a note (likely)",
            r"\(\Ktavshedspligt\s+gælder(?=\))|[–-][ \t]\Ksikker\s+(?:e-?mail|post)(?=[ \t]*(?:,|$))",
            LIKELY,
        ),
        # Results or figures said to be internal: "resultaterne pr. lejer er interne".
        Pattern("facts said to be internal (likely)", rf"\binterne(?<=\b(?:{_FACTS})\b[^\n!?]{{0,20}}\ser\sinterne)\b", LIKELY),
        # A thing not to be named to someone: "Nævn ikke uroen for datteren".
        Pattern(
            "not named to someone (likely)",
            rf"\bnævn\s+ikke\s+(?:det|den|dem|[\w-]+(?:en|et|ne))\s+for\s+(?:{_KIN}|sønnen|datteren|[\w-]+(?:erne|ene))\b",
            LIKELY,
        ),
        # A part to be cut before the text goes out: "Klip 03:40–05:10 skal ud før udgivelse".
        Pattern(
            "cut before publication (likely)",
            r"\bskal\s+(?:klippes\s+|tages\s+)?ud\s+(?:før|inden)\s+(?:udgivelse|offentliggørelse|publicering|udsendelse)(?:n|en)?\b",
            LIKELY,
        ),
        # Papers not to leave the workplace: "Bilagene må ikke tages med hjem" (not "Cyklerne må ikke tages med hjem").
        Pattern(
            "papers not taken home (likely)",
            rf"(?:må|skal)(?<=\b(?:{_PAPERS}|{_FACTS})\s+(?:må|skal))\s+(?:ikke|aldrig)\s+(?:tages\s+med\s+(?:hjem|ud(?:\s+af\s+huset)?)"
            # or leave the room, the unit or the network: "Materialet må ikke forlade mødelokalet", "Tabellen må ikke forlade
            # afsnittet", "data må ikke forlade kommunens netværk"
            r"|forlade\s+(?:[\w-]*lokalet|rummet|huset|kontoret|bygningen|rådhuset|afsnittet|afdelingen|matriklen|(?:[\w-]+s\s+)?netværk(?:et)?"
            r"|(?:[\w-]+s\s+)?(?:it-)?system(?:et|er|erne)?)"  # ("Rådata må ikke forlade kommunens systemer")
            r"|komme\s+uden\s+for\s+[\w-]+)\b"
            # said as a fact: "Ansættelsesudvalget – noterne forlader ikke rummet"
            # in a clause of its own: "husk at data ikke må forlade kommunens netværk"
            rf"|\bikke(?<=\b(?:{_PAPERS}|{_FACTS})\s+ikke)\s+må\s+forlade\s+(?:[\w-]*lokalet|rummet|huset|kontoret|bygningen|rådhuset|afsnittet|afdelingen|(?:[\w-]+s\s+)?netværk(?:et)?)\b"
            rf"|forlader(?<=\b{_PAPERS}\s+forlader)\s+ikke\s+(?:[\w-]*lokalet|rummet|huset|kontoret|bygningen|rådhuset|afsnittet|afdelingen)\b",
            LIKELY,
        ),
        # Papers kept in one room: "Listen må kun ligge i personalerummet", "Bilaget … og skal blive i mødelokalet".
        Pattern(
            "papers kept in a room (likely)",
            rf"(?:må|skal)(?<=\b(?:{_PAPERS}|og)\s+(?:må|skal))\s+(?:(?:kun|ikke|aldrig)\s+)?"
            r"(?:ligge|hænge|blive|forblive)\s+(?:i|på)\s+(?:[\w-]*(?:rummet|lokalet|kontoret|skabet|klassen|stuen|værelset|mappen|boksen"
            r"|sagen|journalen|systemet)|huset)\b",
            LIKELY,
        ),
        # A lawyer's reservation that an offer or a letter may not be used against its writer.
        Pattern("without prejudice (strong)", r"\b(?:uden\s+præjudice|without\s+prejudice)\b", STRONG),
        # This text, named so, kept to whoever it names: "Denne besked er kun til jer som forældre", "denne tråd er
        # kun til ledergruppen indtil vi har holdt møde med TR".
        Pattern(
            "this text kept to its readers (likely)",
            rf"(?:er|is)(?<=\b(?:(?:denne|dette|this)\s+(?:{_DOCUMENT})\w*|(?:{_DOCUMENT}|skema|tabel|regneark|fil)(?:en|et|n|t)|udtrækket|uddraget|det\s+her|dette\s+her)\s(?:er|is))\s+(?:kun|alene|udelukkende|only)\s+"
            rf"(?:til|for|beregnet\s+(?:til|for)|meant\s+for|intended\s+for)\s+"
            # (or readers in the plural with where they are: "Beskeden er kun til forældre i 4.b")
            rf"(?:jer|dig|os|mig|you|[\w-]+(?:en|et|ne|erne|ene)|(?:forældre|elever|ansatte|medarbejdere|kolleger|pårørende|beboere|lærere|pædagoger|[\w-]+ledere)(?=\s+(?:i|på|ved)\s))\b(?:\s+(?:som|as)\s+[\w-]+"
            rf"|\s+(?!(?:i|og|and|til|om|på|med|men|så|som|as|indtil|før|inden|uden|until|before)\b)[\w-]+)?"
            rf"(?:\s+(?:og|and|i)\s+(?!(?:må|skal|kan|bør|er|must|may|is)\b|[\w-]+es\b)[\w.-]*\w)?(?:{_CONDITION})?",
            LIKELY,
        ),
        Pattern(
            "under a non-disclosure agreement (likely)",
            r"\b(?:under\s+(?:an?\s+|the\s+)?NDA|(?:er|is|are)\s+(?:omfattet\s+af|underlagt|covered\s+by|subject\s+to)\s+(?:en\s+|an?\s+|the\s+)?"
            r"(?:NDA|fortrolighedsaftale(?:n)?|non-disclosure\s+agreement))\b",
            LIKELY,
        ),
        # Said between colleagues: "det her må ikke komme ud endnu", "Det om Yusuf skal ikke med i nogen papirer", "hold det
        # for dig selv", "this stays between us".
        Pattern(
            "kept between us (likely)",
            # (the subject stays outside: "pressemeddelelsen om fyringen [må ikke komme ud før kl. 15]")
            rf"(?:må|skal)(?<=\b(?:det(?:\s+her)?|dette|nyheden|sagen|informationen|oplysningerne|planen|beslutningen|listen|navnet"
            rf"|navnene|\w*meddelelsen|historien|resultatet|rapporten|tallene|aftalen)(?:\s+[^\W\d_]+){{0,4}}\s(?:må|skal))\s+"
            rf"(?:endnu\s+)?ikke\s+(?:komme\s+ud|sive\s+ud|slippe\s+ud|komme\s+frem|rygtes|lække|sive|ud|med\s+i\s+(?:nogen|noget)\s+[\w-]+)(?:\s+endnu)?(?:{_CONDITION})?"
            # (what someone said, as the subject: "Det han fortalte mig om sin bror, skal ikke ud af rummet")
            r"|(?:må|skal)(?<=\bdet\s(?:han|hun|de|du|jeg|vi|som|der)\s[^.!?\n,]{1,60},\s(?:må|skal))\s+ikke\s+(?:komme\s+)?ud(?:\s+af\s+[\w-]+)?"
            r"|\bmå\s+ikke\s+sige\s+noget\s+(?:om\s+det(?:\s+her)?\s+)?endnu\b"
            # told not to tell anyone: "Du skal ikke sige det til nogen endnu" (not reported: "Hun bad mig ikke sige det til nogen")
            r"|\b(?:må|skal)\s+ikke\s+(?:sige|fortælle)\s+(?:det|noget)\s+til\s+nogen\b(?:\s+endnu)?",
            LIKELY,
        ),
        # (each idiom its own pattern, starting with its first word: the regex engine then skips ahead to it)
        Pattern(
            "kept between us: hold it (likely)",
            # (the thing may be one's own or his: "Hold min mail for jer selv")
            rf"\bhold(?:e|er)?\s+(?:(?:det|dette|den|dem|(?:min|mit|mine|hans|hendes)\s+[\w-]+)(?:\s+her)?(?:\s+(?:lige|nu|venligst|gerne|lidt))*\s+"
            rf"(?:for\s+(?:dig|jer|os)\s+selv|under\s+hatten|mellem\s+(?:os|jer|dig\s+og\s+mig|os\s+to)|på\s+lavt\s+blus"
            rf"|inden\s+for\s+(?:{_CIRCLE}|{_UNIT}|de\s+fire\s+vægge))\b(?:,?{_CONDITION})?"
            r"|(?:lige\s+)?tæt\s+(?:med|om)\s+(?:det|dette|den|dem)(?:\s+her)?\b"
            # hidden from someone: "Hold navnet på anmelderen skjult for borgeren"
            r"|(?:det|dette|den|dem|[\w-]+(?:en|et|ne|erne))(?:\s+(?:på|om|fra)\s+[\w-]+)?\s+skjult\b(?:\s+for\s+[\w-]+)?)"
            # … the thing first: "Dette må du gerne holde for dig selv til mødet"
            r"|\bholde(?<=\b(?:dette|det)(?:\s+her)?\s+(?:må|skal|kan|bør)\s+(?:du|I)\s+(?:(?:gerne|lige|venligst)\s+)?holde)\s+for\s+(?:dig|jer)\s+selv\b"
            rf"(?:\s+(?:til|indtil)\s+(?:[\w-]+(?:en|et|ne)|i\s+morgen)|,?{_CONDITION})?",
            LIKELY,
        ),
        # Not talked about in a circle, the thing first: "det med hans indlæggelse snakker vi ikke om på afdelingen",
        # "hans kollegas sygemelding nævner vi ikke i gruppen"; or in the passive: "det skal ikke snakkes om hos borgerne".
        Pattern(
            "not talked about in a circle (likely)",
            # ("snakker"/"taler" with "om" left behind: "I morgen taler vi ikke med borgerne" is a plan)
            rf"(?<=\w\s)(?:(?:snakker|taler)\s+(?:vi|jeg|man)\s+ikke\s+om|(?:siger|nævner|fortæller|skriver)\s+(?:vi|jeg|man)\s+ikke(?:\s+noget(?:\s+om)?)?)\s+"
            rf"(?:på|i|med|til|blandt|hos|over\s+for)\s+(?:(?:de|den|det)\s+)?(?:{_CIRCLE}|{_ROLES}|[\w-]+(?:en|et|ne|erne|ene))\b"
            rf"|\b(?:skal|må|bør)\s+ikke\s+(?:snakkes|tales|nævnes|omtales|diskuteres)\s+(?:om\s+)?(?:hos|med|blandt|i|på|over\s+for|foran)\s+"
            rf"(?:(?:de|den|det)\s+)?(?:{_CIRCLE}|{_ROLES}|[\w-]+(?:en|et|ne|erne|ene))\b(?:{_CONDITION})?",
            LIKELY,
        ),
        # Nothing about it to someone before a condition: "intet om diagnosen til børnebørnene, før lægen har talt med familien".
        Pattern(
            "nothing about it to someone before a condition (likely)",
            rf"\b(?:intet|ikke\s+noget|ingenting)\s+om\s+(?:[\w-]+\s+){{1,3}}?til\s+[\w-]+(?:\s+endnu\b|,?{_CONDITION})",
            LIKELY,
        ),
        # Waiting before it goes out: "vent med at poste til efter kl 12", "vent med at sende den ud, til vi har samtykke".
        Pattern(
            "wait before passing on (likely)",
            rf"\bvent(?:er|e)?\s+med\s+at\s+(?:poste|dele|sende|lægge|offentliggøre|udsende|videresende|publicere|bringe)"
            rf"(?:\s+(?:det|den|dem|dette|denne|billedet|billederne|opslaget|nyheden))?(?:\s+(?:ud|op|videre))?"
            rf",?{_CONDITION}",
            LIKELY,
        ),
        # Left out of the copy another reader gets: "Afsnittet om morens behandling udelades i kopien til skolen".
        Pattern(
            "left out of another reader's copy (likely)",
            r"\b(?:udelades|fjernes|tages\s+ud|slettes|overstreges|streges)\s+(?:i|fra|af)\s+(?:den\s+|det\s+)?(?:[\w-]+\s+)?"
            r"(?:kopi|version|udgave)(?:en|et)?\s+(?:til|(?:der|som)\s+(?:går|sendes|gives)\s+til)\s+[\w-]+",
            LIKELY,
        ),
        # Hidden until a time, as a web page's or a post's status: "(planlagt – skjult til 9/12 kl. 16.00)".
        Pattern(
            "hidden until a time (likely)",
            rf"\bskjult\s+(?:til|indtil)\s+(?:{_WHEN})",
            LIKELY,
        ),
        # Exempt from access with its legal basis: "Undtaget (OFL § 23)", "undtaget, jf. offentlighedslovens § 23".
        Pattern(
            "exempt from access by law (likely)",
            r"(?:(?<=^)|(?<=^[ \t])|(?<=[;|\t])|(?<=[;|\t][ \t])|(?<=[–\-:]\s))(?:delvist\s+)?undtaget(?=\s*(?:\(\s*(?:OFL|offvl\.?|offentlighedsloven\w*)\s*§|,?\s*jf\.?\s+(?:OFL|offvl\.?|offentlighedslovens)\s*§))",
            LIKELY,
        ),
        # This text not passed on, its subject left out, as a note: "Kun til egen læge, sendes ikke til forældrene",
        # "– videresendes ikke til plejecentrets fællesmail", "Nyhedsbrev …, sendes ikke ud før tirsdag".
        Pattern(
            "not passed on, as a note (likely)",
            rf"(?<=(?:^{_LINE_START}|[–\-,:]\s))(?:videresendes|sendes|deles|udleveres|videregives|offentliggøres|lægges|distribueres|gengives)\s+ikke"
            rf"(?:\s+(?:videre|ud|op|eksternt)(?:\s+til\s+[\w-]+)?|\s+(?:til|med)\s+(?:(?:de\s+)?(?:øvrige|andre)\s+[\w-]+|de\s+[\w-]+|[\w-]{{4,}}|[\w-]+s\s+[\w-]+|[\w-]+(?:en|et|ne|erne|ene))"
            r"|\s+med\s+(?:eksterne(?:\s+[\w-]+)?|andre|udenforstående)|\s+ud\s+over\s+[\w-]+"
            r"|\s+i\s+(?:den\s+|det\s+)?offentlige\s+[\w-]+)"
            rf"(?:,?{_CONDITION})?(?=[ \t]*(?:[.!:–\-|)]|$)|,?{_CONDITION})",
            LIKELY,
        ),
        # A level and a document word ending a heading: "Referat, LMU ungdomsskolen – fortroligt punkt",
        # "Notat fra kommunens jurist – internt arbejdsdokument, jf. offentlighedslovens § 23".
        Pattern(
            "level and document ending a heading (likely)",
            rf"(?<=[–\-]\s)(?:(?:{_LEVEL})\s+[\w-]*?(?:{_DOCUMENT})\w*|intern[t]?\s+arbejds(?:dokument|papir|notat))(?=[ \t]*(?:$|\(|,\s*jf\.))"
            r"|(?<=,[ \t])intern[t]?\s+arbejds(?:dokument|papir|notat)(?=[ \t]*$)"  # ("udkast til bemærkninger, internt arbejdspapir")
            # … or before a comma and what may be done with it: "Elevsamtale – fortroligt notat, arkiveres kun i elevmappen"
            # (the note taken in, to the line's end or its bracket)
            rf"|(?<=[–\-]\s)(?:{_LEVEL})\s+[\w-]*?(?:{_DOCUMENT})\w*,[ \t]+(?:ikke|kun|må|skal|arkiveres|opbevares|gemmes|lægges|deles|sendes)\b"
            r"[^\n()]{0,60}?(?=[ \t]*(?:[.)]|$))",
            LIKELY,
        ),
        # English: "Please keep this between you and the nurse in charge", "This information is for the receiving
        # caseworker only".
        Pattern(
            "kept between named readers, in English (likely)",
            # (what is kept may be someone's: "Please keep his background between us and the team leader", "keep the other
            # boy's condition between us")
            r"\bkeep\s+(?:(?:his|her|their)\s+[\w-]+|the\s+(?:other\s+)?[\w-]+['’]s\s+[\w-]+)\s+between\s+us\b"
            r"(?:\s+and\s+(?:me|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+))?"
            r"|\bkeep\s+(?:this|it|that|the\s+[\w-]+|this\s+[\w-]+)\s+between\s+(?:you|us|HR|[\w-]+|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
            r"\s+and\s+(?:me|us|the\s+[\w-]+(?:\s+in\s+charge)?|[\w-]+)\b"
            rf"|\bkeep\s+(?:this|it|that|the\s+[\w-]+|this\s+[\w-]+)\s+between\s+our\s+(?:two\s+)?[\w-]+(?:{_CONDITION})?"
            r"|\b(?:is|are)(?<=\b(?:this|it|information|document|report|e-?mail|message|note|letter|notes)\s(?:is|are))\s+\Kfor\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}[\w-]+\s+only\b",
            LIKELY,
        ),
        Pattern(
            "kept between us: it stays (likely)",
            rf"\b(?:skal\s+)?blive[r]?\s+(?:mellem\s+(?:os|jer|dig\s+og\s+mig|os\s+to)|inden\s+for\s+de\s+fire\s+vægge)\b(?:,?{_CONDITION})?"
            # ("Klagen er kun til dig og mig indtil videre")
            rf"|\bkun\s+til\s+dig\s+og\s+mig\b(?:\s+indtil\s+videre|\s+for\s+nu|{_CONDITION})?"
            rf"|\bblive[r]?\s+(?:i|på|inden\s+for|hos)\s+(?:{_CIRCLE}|bestyrelsen|{_ROLES})"
            rf"(?<=\b(?:det|dette|den|det\s+her|dette\s+her|sagen|nyheden|{_FACTS}|(?:{_DOCUMENT})(?:en|et|n|t|erne|ne))\s+"
            rf"(?:skal\s+|må\s+)?blive[r]?\s+(?:i|på|inden\s+for|hos)\s+[\w-]+)"
            rf"(?:\s+og\s+(?:i|på|hos)\s+(?:{_CIRCLE}|{_ROLES}))?,?(?:{_CONDITION})?"
            rf"|(?<=[–\-:]\s)blive[r]?\s+(?:i|inden\s+for|hos)\s+(?:{_CIRCLE}|bestyrelsen|{_ROLES})(?=[ \t]*(?:[.!–\-|)]|$))"
            # … or opening a sentence with a condition: "Skal den anmeldes af os? Bliver i ledergruppen til anmeldelsen er sendt"
            rf"|(?:(?<=[.!?]\s)|^{_LINE_START})(?-i:B)liver\s+(?:i|inden\s+for|hos)\s+(?:{_CIRCLE}|{_ROLES}),?{_CONDITION}"
            # the circle alone after a dash or heading a line: "privat – bare mellem dig og mig: …"
            rf"|(?:(?<=[–\-(]\s)|(?<=[–\-(])|^{_LINE_START})(?:bare\s+|kun\s+|helt\s+)?mellem\s+(?:os(?:\s+to)?|dig\s+og\s+mig|jer)"
            rf"(?=[ \t]*(?:[.!:–\-|)]|$))",
            LIKELY,
        ),
        # A note on this text's readers, place or time, said in a few words where the text or its heading stands: for the reader
        # alone, no further, kept in a folder or a team, not out of the house or the car, not shown, not for proactive use, to leave a shared drive by a day, hidden or held until a condition, under secrecy, sensitive material.
        Pattern(
            "a note on this text's readers, place or time (likely)",
            # this text for the reader alone: "Resuméet er kun til dig"; no further after a dash: "– ikke videre til teamet"; kept in
            # a folder, in brackets: "AKT-notat (bliver i AKT-mappen)"; one's own wish: "Vil helst ikke at det her bliver delt med
            # min leder"; a statement for use only when asked: "Stand-by statement – only to be used if contacted by national media"
            rf"\b(?:er|is)(?<=\b(?:det\s+her|dette|[\w-]*(?:{_DOCUMENT})(?:et|en|t|n))\s(?:er|is))\s+\K(?:kun\s+til\s+(?:dig|jer)\b(?!\s+som\b)|ikke\s+til\s+(?:{_KIN})\b"
            # (or a unit in the definite, or one by its letters: "dette er ikke til skolen eller SSP")
            r"|ikke\s+til\s+(?!(?:den|det|dem|de)\b)(?:[\w-]+(?:en|et|ne|erne)|(?-i:[A-ZÆØÅ]{2,5}))(?:\s+(?:eller|og)\s+(?:[\w-]+(?:en|et|ne|erne)|(?-i:[A-ZÆØÅ]{2,5})))?\b)"
            r"|(?<=[–,.!?-][ \t])ikke\s+videre\s+til\s+[\w-]+"
            r"|(?<=\()bliver\s+i\s+[\w-]*mappe(?:n)?(?=\))"
            r"|\b(?:vil|ville)\s+helst\s+ikke,?\s+at\s+(?:det|dette)(?:\s+her)?\s+(?:bliver\s+)?(?:delt|sagt|nævnt|fortalt|sendt)(?:\s+videre)?\s+"
            r"(?:med|til)\s+(?:min\s+|mine\s+|de\s+)?[\w-]+"
            r"|(?<=[–-][ \t])only\s+to\s+be\s+used\s+if\s+(?:contacted|asked|approached)\b(?:\s+by\s+(?:[\w-]+\s+){0,2}[\w-]+)?"
            # a heading's note after its comma or dash: "Hjemmesygeplejen, må ikke komme ud af huset:", "rutebeskrivelse aften,
            # må ikke ligge i bilerne", "Nattevagtsrapport … – må ikke vises til pårørende", "Stand-by svar (må ikke bruges proaktivt)"
            r"|(?<=,[ \t]|[–-][ \t])må\s+ikke\s+(?:komme\s+ud\s+af\s+huset|ligge\s+i\s+bil(?:en|erne)|vises\s+til\s+[\w-]+)\b"
            r"|\bmå\s+ikke\s+bruges\s+(?:proaktivt|offentligt|eksternt)\b"
            # not to be shown to someone, in the imperative: "Om min kone – vis ikke mailen til hende"
            r"|\bvis\s+ikke\s+(?:mailen|beskeden|brevet|den|det)(?:\s+her)?\s+til\s+[\w-]+"
            # kept within a team, in English: "Keep her husband's details within the family team"
            r"|\bkeep\s+(?:(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}[\w-]+|this|it)\s+within\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}team\b"
            # nothing about it to be said before a condition: "Politiet beder om at intet om dødsårsagen nævnes før obduktionen …"
            rf"|\bintet\s+(?:om\s+[\w-]+\s+)?(?:nævnes|siges|skrives|oplyses|udtales)(?:{_CONDITION})"
            # under secrecy after a heading's dash: "Internt skolenotat – omfattet af tavshedspligt:"
            r"|(?<=[–-][ \t])(?:er\s+)?omfattet\s+af\s+tavshedspligt(?:en)?\b"
            # asked not to be shown: "Indsigelse … – bedes ikke vist for naboerne"
            r"|\bbedes\s+ikke\s+(?:vist|videregivet|delt|offentliggjort|nævnt)\b(?:\s+(?:for|til|med)\s+[\w-]+)?"
            # to leave a shared drive by a time: "…, fjernes fra fællesdrevet senest fredag"
            r"|\bfjernes\s+fra\s+(?:det\s+)?fælles[\w-]*\s+senest\s+[\w.]+(?:\s+kl\.?\s*[\d.:]+)?"
            # hidden until a condition, as a post's status: "Skjult til alle deltagere har givet samtykke"
            rf"|\bskjult(?=\s+(?:til|indtil|until)\s)(?:{_CONDITION})"
            # held until a condition, as a heading's note: "Fra kommunikation – Hold til vi har fået OK fra planchefen"
            rf"|(?<=[–-][ \t])hold(?:es)?(?=\s+(?:til|indtil)\s)(?:{_CONDITION})"
            # sensitive material said of this text: "Det er særligt følsomt materiale"
            r"|\b(?:er|is)(?<=\b(?:det|dette|den|denne)\s(?:er|is))\s+\K(?:særligt|meget|yderst)\s+følsom[te]?\s+(?:materiale|information|oplysninger|data)\b",
            LIKELY,
        ),
        Pattern(
            "kept between us: not a word (likely)",
            rf"\b(?:sig|fortæl)\s+det\s+ikke\s+til\s+(?:nogen|de\s+andre|andre|[\w-]+(?:erne|ene))(?:\s+endnu)?(?:{_CONDITION})?"
            rf"|\b(?:snak|tal|sig|fortæl)\s+ikke\s+(?:noget\s+)?(?:med|til)\s+(?:de\s+)?[\w-]+\s+om\s+det(?:\s+her)?(?:{_CONDITION})?"
            rf"|\bikke\s+et\s+ord\s+til\s+[\w-]+(?:{_CONDITION})?|\bikke\s+et\s+ord{_CONDITION}"
            r"|\bikke\s+et\s+ord\s+(?:i|på)\s+[\w-]*(?:rummet|værelset|stuen|gruppen|kanalen|chatten|tråden)\b"  # "Ikke et ord i lærerværelset"
            # a source kept out of it: "du har ikke hørt det fra mig"
            # nothing passed on to someone: "videregiv intet til familien"
            rf"|\b(?:videregiv|del)\s+(?:intet|ingenting|ikke\s+noget)\s+(?:til|med)\s+(?:{_KIN}|nogen|andre|[\w-]+(?:en|et|ne|erne|ene))\b"
            # not talked about somewhere: "snak ikke om den i frokoststuen"
            r"|\b(?:snak|tal)\s+ikke\s+om\s+(?:det|den|dem|sagen)(?:\s+her)?\s+(?:i|på|foran)\s+(?:[\w-]+(?:en|et|ne|erne|ene)|klassen)\b"
            r"|\b(?:du|i)\s+har\s+ikke\s+hørt\s+det\s+fra\s+mig\b|\bdet\s+har\s+(?:du|I)\s+ikke\s+fra\s+mig\b"
            # … or asked so: "lad være med at nævne at det var mig der sagde det", "Vil du ikke lade være med at sige at det er mig"
            # ("Sig det ikke til far, at jeg har skrevet", "Lad være med at nævne for ham at jeg har skrevet")
            rf"|\b(?:lad(?:e)?\s+være\s+(?:med\s+)?at\s+(?:sige|nævne|fortælle|skrive)(?:\s+(?:til|for)\s+(?:nogen|(?:de\s+(?:andre\s+)?)?[\w-]+)|\s+(?:ham|hende|dem|{_KIN}))?"
            # ("sig ikke til de andre forældre at det er mig der har skrevet", "Tal ikke med ham om at jeg har skrevet")
            r"|(?:sig|nævn|fortæl)\s+(?:det\s+)?ikke\s+(?:til|for)\s+(?:de\s+(?:andre\s+)?)?[\w-]+|tal\s+ikke\s+med\s+[\w-]+\s+om),?\s+at\s+"
            r"(?:det\s+(?:er|var)\s+mig\b(?:\s+(?:der|som)(?:\s+har)?\s+[\w-]+(?:\s+det(?:\s+her)?)?)?|jeg\s+har\s+(?:skrevet|ringet|henvendt\s+mig)\b)"
            # … or not talked of with the others: "Lad være at tale med de andre om det"
            r"|\blad\s+vær(?:e)?\s+(?:med\s+)?at\s+(?:tale|snakke)\s+(?:med\s+(?:de\s+)?[\w-]+\s+)?om\s+det(?:\s+her)?\b"
            # … or not told to others: "Lad være med at sige det om hjertet til andre end dig selv", "lad vær at sige det til de andre"
            r"|\blade?\s+vær(?:e)?\s+(?:med\s+)?at\s+(?:sige|fortælle|nævne)\s+det(?:\s+her)?(?:\s+om\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:til|for)\s+"
            r"(?:nogen|andre|de\s+andre|[\w-]+(?:erne|ene)|klassen|holdet|gruppen)\b(?:\s+end\s+[\w-]+(?:\s+selv)?)?"
            # not a thing one tells a group: "husk det er ikke noget vi siger til klassen"
            r"|\b(?:det\s+er\s+)?ikke\s+noget\s+(?:vi|I|du|man)\s+(?:siger|fortæller|nævner|skriver)\s+(?:til|for|i|på)\s+(?:de\s+andre|[\w-]+(?:en|et|ne|erne|ene)|[\w-]*intra\w*|aula)\b"
            # … or a thing named not told someone or put where others read: "lad være med at nævne hendes navn over for
            # datteren", "Kan du lade være med at sende den her mail videre til de andre?", "skriv ikke det med bækkenet i
            # vagtplanen" (not a hint on style: "lad være med at skrive i versaler")
            # (or quote the writer: "lad være med at citere mig")
            r"|\blade?\s+vær(?:e)?\s+(?:med\s+)?at\s+citere\s+(?:mig|os)\b"
            rf"|\blade?\s+vær(?:e)?\s+(?:med\s+)?at\s+(?:sige|fortælle|nævne|skrive|sende|videresende|dele|vise)\b(?:\s+[\w-]+){{0,6}}?"
            rf"(?:\s+videre)?\s+(?:til|over\s+for|for)\s+(?:nogen|andre|de\s+andre|{_KIN}|(?:min|mine|din|hans|hendes|deres)\s+[\w-]+|[\w-]+(?:en|et|ne|erne|ene))\b"
            rf"|\b(?:lade?\s+vær(?:e)?\s+(?:med\s+)?at\s+skrive|skriv\s+ikke)\b(?:\s+[\w-]+){{1,6}}?\s+(?:i|på)\s+(?:aula|intra\w*|facebook|teams"
            r"|[\w-]*planen|[\w-]*opslaget|opslagstavlen|nyhedsbrevet|[\w-]*gruppen|[\w-]*tråden|[\w-]*chatten)\b"
            # (its object first, and anything shared: "skriv det ikke i den fælles kalender (pårørende kan se den)")
            r"|\bskriv\s+(?:det|dem|det\s+her)\s+ikke\s+(?:i|på)\s+(?:den\s+|det\s+)?(?:fælles\s+[\w-]+|fælles[\w-]+"
            r"|aula|intra\w*|facebook|teams|[\w-]*planen|[\w-]*opslaget|opslagstavlen|nyhedsbrevet|[\w-]*gruppen|[\w-]*tråden|[\w-]*chatten)\b"
            # … or not seen or known by someone close, the clause ending there: "Det jeg skriver her, må min bror ikke se:"
            # (not what a relative may not do: "Hvorfor må min mor ikke få en øl?")
            r"|\bmå\s+(?:min|mine|din|hans|hendes|deres)\s+[\w-]+\s+ikke\s+(?:se|læse|vide|høre)(?=[ \t]*(?:[.!:;,]|$))"
            # … or someone not copied in: "lad være med at cc'e driftschefen på det her"
            r"|\b(?:lade?\s+vær(?:e)?\s+(?:med\s+)?at|undlad\s+at)\s+b?cc['’-]?e\s+[\w-]+(?:\s+på\s+det(?:\s+her)?)?"
            # … or told no one: "du må ikke sige det til nogen", "skriv ikk noget til min søster om det"
            r"|\b(?:du|I)\s+må\s+ikke\s+(?:sige|fortælle|nævne)\s+(?:det|noget)(?:\s+her)?\s+til\s+(?:nogen|andre|de\s+andre)\b"
            rf"|\bskriv\s+ikk(?:e)?\s+(?:noget|det)\s+til\s+(?:{_KIN}|(?:min|mine|din|hans|hendes|deres)\s+[\w-]+|nogen|andre|de\s+andre)\b(?:\s+om\s+det)?"
            # a writer not wanting it to spread: "Jeg vil ikke have at det kommer ud til resten af teamet"
            r"|\bvil\s+ikke\s+have,?\s+at\s+(?:det|dette|det\s+her)\s+(?:kommer|slipper)\s+(?:ud|videre)\b(?:\s+til\s+(?:resten\s+af\s+)?[\w-]+)?"
            # … or a reader to know, or it to go round, the writer's own wish: "vil ikke have at min leder ved det her", "vil ikke ha
            # det rundt til de andre" (not a wish reported: "hun er 15 og vil ikke have at nogen ved det")
            r"|(?:(?<=\b(?:jeg|vi)\s)|(?<=(?:^|[.!?]\s?|[.!?]{2}\s?)[ \t]?)|^)vil\s+ikke\s+ha(?:ve)?"
            r"(?:,?\s+at\s+(?:min|mit|mine|de\s+andre|[\w-]+(?:en|et|erne|ene))(?:\s+[\w-]+)?\s+(?:ved|hører|får\s+at\s+vide)\s+(?:det|noget|om\s+det)(?:\s+her)?\b"
            r"|\s+det\s+(?:rundt|ud|videre)\s+til\s+(?:de\s+andre|nogen|[\w-]+(?:en|et|erne|ene))\b)"
            # … or not to see this mail: "Jeg ønsker ikke at klubbens formand ser denne mail"
            r"|\b(?:jeg|vi)\s+ønsker\s+ikke,?\s+at\s+(?:[\w-]+\s+){1,3}?(?:ser|læser|får)\s+(?:denne|den\s+her|min|vores)\s+(?:mail|besked|henvendelse|klage)\b"
            rf"|\b(?:vi|jeg)\s+(?:siger|bekræfter|kommenterer)\s+(?:intet|ingenting|ikke\s+noget)(?:\s+til\s+(?:de\s+(?:andre|øvrige)\s+)?[\w-]+)?{_CONDITION}|\bingen\s+må\s+(?:vide|høre)\s+(?:noget|det)(?:\s+endnu)?(?:{_CONDITION})?|\bsig\s+(?:ingenting|intet)(?:\s+til\s+[\w-]+)?(?:\s+endnu)?(?:{_CONDITION}|(?=[ \t]*[.!]?[ \t]*$))"
            # not in an open channel, said in a chat: "pls ikke i den åbne kanal, den har cpr og konto"
            r"|\bikke\s+(?:i|på)\s+(?:den\s+)?(?:åbne|fælles)\s+[\w-]*(?:kanal|chat|tråd|gruppe)(?:en)?\b"
            # said in a chat, the "ikke" first: "pls ikke share med konsulenterne før vi har talt med ham", "ikke noget til mor endnu"
            # (and with anyone, no condition needed: "ikke del det her med nogen")
            # (the word first and what stands before it looked for behind it: a branch that starts with a look-behind
            # keeps the regex engine from skipping to word starts for the whole pattern)
            rf"|\bikke(?<!\b(?:kan|vil|må|skal|kunne|ville|jeg|vi|du|de|han|hun)\sikke)\s+(?:share|dele|del|sige|fortælle|nævne|sende|vise|skrive)"
            rf"\s+(?:det(?:\s+her)?\s+|noget\s+|den\s+)?(?:med|til)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+(?:\s+endnu\b|{_CONDITION}|(?<=\s(?:nogen|andre)))"
            rf"|\bikke(?<!\b(?:kan|vil|må|skal|kunne|ville|jeg|vi|du|de|han|hun|er|har)\sikke)\s+noget\s+til\s+[\w-]+(?:\s+endnu\b|{_CONDITION})"
            r"|\b(?:sig|fortæl)\s+ikke\s+(?:noget\s+)?til\s+(?:nogen|andre)\b(?:\s+endnu)?"  # ("sig ikke til nogen at jeg gav det")
            # refrained from as a note in brackets, with no object: "Teams-besked til HR-partner (lad være med at videresende):"
            r"|\blad(?<=\(lad)\s+være\s+med\s+at\s+(?:videresende|dele|sende\s+videre|sprede)(?=[ \t]*\))"
            # not sent round yet: "lad være med at sende udtalelsen rundt i teamet endnu"
            r"|\blad\s+(?:venligst\s+)?være\s+med\s+at\s+(?:sende|dele|vise)\s+(?:det|den|dem|[\w-]+(?:en|et|ne|erne))(?:\s+her)?\s+rundt\b(?:\s+(?:i|til|på)\s+[\w-]+)?(?:\s+endnu\b)?"
            # refrained from in everyday words, sent out before the time: "lad være med at sende dem ud før"
            rf"|\blad\s+vær(?:e)?\s+med\s+at\s+(?:sende|videresende|dele|sprede|fortælle|nævne|omtale)\s+(?:det|dette|den|dem)(?:\s+her)?"
            rf"(?:\s+videre|\s+ud|\s+for\s+nogen|\s+til\s+[\w-]+)?\b(?:{_CONDITION}|\s+(?:før|endnu)\b)?"
            # … or said on: "lad være at sige det videre til holdet"
            r"|\blad\s+vær(?:e)?\s+(?:med\s+)?at\s+(?:sige|fortælle)\s+(?:det|dette|den|dem|noget)\s+videre\b(?:\s+til\s+[\w-]+)?"
            # talk about it nowhere: "Snak ikke om det i kantinen"; kept from someone's ears: "Det må ikke komme borgeren for øre"
            r"|\b(?:snak|tal)\s+ikke\s+om\s+det(?:\s+her)?(?:\s+(?:i|på|med|til|uden\s+for)\s+[\w-]+)?"
            r"|\bikke\s+komme\s+(?:[\w-]+\s+){1,2}(?:for\s+øre|i\s+hænde)\b"
            rf"|\bikke\s+(?:at\s+kontakte|kontakter)\s+(?:de\s+|den\s+)?[\w-]+{_CONDITION}"
            rf"|\bfår\s+(?:det\s+)?(?:først\s+(?:at\s+vide|besked)|(?:at\s+vide|besked)\s+først)\s+(?:(?:efter|når|i\s+morgen)\b[^\n.!?;]{{0,40}}|{_WHEN})"
            # discretion asked: "Vær diskret omkring det her"
            r"|\bvær\s+(?:lige\s+|venligst\s+|meget\s+)?diskret(?:e)?\s+(?:omkring|om|med)\s+(?:det|dette|den|sagen|[\w-]+(?:en|et|ne|erne|ene))(?:\s+her)?\b"
            # an announcement held back till a condition: "vent med at melde ud til embedslægen har bekræftet"
            rf"|\b(?:vent|venter)\s+med\s+at\s+melde\s+(?:det\s+)?ud,?{_CONDITION}"
            # kept in the case file and not shared: "Det sidste bliver i sagen og deles ikke med skifteretten"
            r"|\bbliver\s+i\s+(?:sagen|journalen)\s+og\s+(?:deles|sendes|gives|videregives)\s+ikke\s+(?:med|til)\s+[\w-]+"
            # shredded or deleted after an event, as a note: "Log over opkald, skal makuleres efter månedsopgørelsen:",
            # "Skal destrueres efter turen" (heading its line)
            r"|\b(?:skal\s+)?(?:makuleres|slettes|destrueres)(?<=(?:[,–-][ \t]|^[ \t]*)(?:[Ss]kal\s+)?(?:makuleres|slettes|destrueres))\s+(?:efter|senest\s+efter|når)\s+[^\n.:;,]{2,40}"
            # not given on: "PPR-notatet er kun til klasseteamet og gives ikke videre til partnerskolen"
            r"|\bgives\s+ikke\s+videre\b(?:\s+til\s+(?:[\w-]+\s+)?[\w-]+)?"
            # not shown in a portal, as a heading's note: "INTERN SAGSNOTE – vises ikke i Mit Overblik"
            r"|\bvises(?<=[–-][ \t]vises)\s+ikke\s+(?:i|på)\s+(?:[\w-]+\s+)?[\w-]+"
            # this mail not to be shown to someone: "Jeg vil bede jer om ikke at vise denne mail til min far"
            r"|\bikke\s+at\s+(?:vise|sende|give)\s+(?:denne|dette|min)\s+(?:mail|besked|brev|sms|henvendelse)\s+(?:videre\s+)?til\s+(?:[\w-]+\s+)?[\w-]+"
            # kept internal till a condition: "Vi ber om at dere holder tallene internt til 1. februar"
            rf"|\bholder\s+(?:det|dem|[\w-]+(?:en|et|ne|erne))\s+internt{_CONDITION}"
            # kept to yourselves till a condition: "Vi beder jer holde beløbet for jer selv, indtil skifteretten har godkendt"
            rf"|\bholde?\s+(?:det|dette|[\w-]+(?:en|et))\s+for\s+(?:jer|dig)\s+selv,?{_CONDITION}"
            # a wait with its condition: "vent med at sige det i klassen til efter vinterferien"
            rf"|\b(?:vent|venter)\s+med\s+at\s+(?:sige|fortælle|dele|nævne|melde|sende|skrive|omtale)\s+(?:det|dette|noget|den)(?:\s+her)?"
            rf"(?:\s+(?:ud|videre))?(?:\s+(?:til|i|på|med)\s+[\w-]+)?,?{_CONDITION}",
            LIKELY,
        ),
        Pattern(
            "kept between us, English (likely)",
            rf"\bkeep\s+(?:(?:this|it|these|them|the\s+(?:[\w-]+\s+){{0,2}}?(?:details|findings|information|results|contents|report|figures|names)"
            rf"|(?:the|this|these|our)(?:\s+[\w-]+){{1,5}}?(?=\s+(?:strictly\s+)?(?:confidential|private|internal|secret)\b))"
            rf"\s+(?:(?:strictly\s+)?(?:confidential|private|internal|secret|quiet)|under\s+(?:wraps|embargo|(?:coordinated|responsible)\s+disclosure))\b(?:{_CONDITION})?"
            # kept within a circle: "keep the medical details within the host family"
            r"|(?:the|this|these)\s+(?:[\w-]+\s+){0,2}?(?:details|findings|information|results|contents|report|figures|names)\s+within\s+"
            r"(?:the\s+)?(?:[\w-]+\s+)?(?:team|family|group|panel|board|department|unit|staff|school|committee)\b"
            r"|(?:this|it|this\s+(?:mail|e-?mail|message|note))\s+(?:to\s+your(?:self|selves)|between\s+(?:the\s+two\s+of\s+)?us)\b"
            # … the details to yourself: "Please keep the details of the process to yourself for now"
            r"|(?:the|these)\s+(?:[\w-]+\s+){0,2}?(?:details|findings|information|results|contents|figures|names)(?:\s+of\s+(?:the|this)\s+[\w-]+)?\s+to\s+your(?:self|selves)\b"
            # kept from readers: "keep this mail away from the other relatives" (not "Keep it away from children")
            r"|(?:this|the)\s+(?:mail|e-?mail|message|letter|information|note)\s+away\s+from\s+(?:the\s+)?(?:other\s+)?[\w-]+"
            r"|(?:it|this|these|them)\s+(?:in|within)\s+the\s+(?:[\w-]+\s+)?(?:team|family|group|department|unit|house|building)\b)|\b(?:stays?|kept)\s+between\s+(?:the\s+two\s+of\s+)?us\b"
            r"|\b(?:stays?|remains?)\s+within\s+the\s+(?:[\w-]+\s+)?(?:team|group|panel|board|department|unit|committee)\b|\bbetween\s+you\s+and\s+me\b"
            # as a note of its own: "(please keep internal)", "– keep confidential."
            r"|(?:\bplease\s+|(?<=\()|(?<=[–-]\s))keep\s+(?:strictly\s+)?(?:internal|confidential|private)(?=[ \t]*(?:[).;:!]|$))"
            r"|\bkeep\s+(?:(?:it|this)\s+)?within\s+(?:(?-i:HR|IT)|the\s+(?:[\w-]+\s+)?(?:team|group|department|unit|committee))\b"
            # "Strictly between HR and me, please"; a note of readers it is not for: "Not for the class board, keep it …"
            r"|\bstrictly\s+between\s+(?:[\w-]+\s+){1,3}?and\s+(?:me|us)\b"
            # … or between two parties heading what follows: "Strictly between HR and the department head: …"
            rf"|^{_LINE_START}\Kstrictly\s+between\s+(?:[\w-]+\s+){{1,3}}?and\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}[\w-]+(?=[ \t]*:)"
            rf"|\bnot(?<=(?:^{_LINE_START}|[.!?]\s|[–-]\s)not)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:board|noticeboard|class|parents|group|chat"
            r"|website|intranet|newsletter|press|public|pupils|students|children|team|complainant|citizen|applicant|family)\b"
            rf"|\b(?:stays?|kept|remains?|is|are)\s+under\s+wraps\b(?:{_CONDITION})?"
            rf"|\bmum['’]s\s+the\s+word\b(?:{_CONDITION})?",
            LIKELY,
        ),
        Pattern(
            "restriction on passing on, English (strong)",
            # (not a mail's copy to someone: "Don't copy the committee")
            rf"\b(?:do\s+not|don['’]?t|must\s+not|should\s+not|may\s+not|not\s+to\s+be|please\s+do\s+not)\s+(?:be\s+)?(?:{_PASS_ON_EN})\b"
            r"(?<!cop(?:y|ied)(?=\s+(?:in\s+)?(?:him|her|them|me|us|the\s+(?:committee|board|team|manager|director|chair|union))\b))"
            rf"(?:\s+outside\s+(?:(?-i:[A-Z]{{2,5}})\b|(?:the|this|our|your)\s+(?:[\w-]+\s+)?[\w-]+))?(?:{_CONDITION})?"  # ("Do not share outside HR –")
            # passed on, mentioned or told, with whom and when: "Please do not pass this on to the contractor", "Please don't
            # mention this to the team yet" (not "Don't tell anyone, but I got the job!", a secret of one's own)
            rf"|\b(?:do\s+not|don['’]?t)\s+pass\s+(?:this|it|these|them)\s+on\b(?:\s+to\s+(?:the\s+)?[\w-]+)?(?:{_CONDITION})?"
            rf"|\b(?:do\s+not|don['’]?t)\s+(?:mention|tell)\s+(?:this|it)\s+(?:to|with)\s+(?:the\s+|your\s+)?[\w-]+(?:\s+yet\b|{_CONDITION})"
            # a text not to be shown to someone: "Please do not show this letter to my ex-wife before we have talked"
            rf"|\b(?:do\s+not|don['’]?t|never)\s+show\s+(?:this|it|these|them|(?:this|the|my)\s+(?:{_DOCUMENT}|letter)s?)\s+to\s+"
            rf"(?:the\s+|my\s+|his\s+|her\s+|their\s+)?[\w-]+(?:\s+yet\b|{_CONDITION})?"
            # asked to refrain, or to be discreet: "Please refrain from sharing this document", "treat the enclosed with discretion"
            r"|\brefrain\s+from\s+(?:shar|forward|distribut|circulat|disclos|publish|quot|post|leak|discuss)\w*ing\b"
            # not copied in, kept away from readers, kept to one's own use: "please don't cc the parents' group",
            # "keep it away from the other parents", "For your use at Engbo only"
            r"|\b(?:do\s+not|don['’]?t)\s+b?cc\b(?:\s+(?:the\s+|his\s+|her\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
            r"|\bkeep\s+(?:this|it|these|them|that)\s+away\s+from\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:other\s+)?"
            r"(?:parents|colleagues|staff|team|press|media|public|family|class|pupils|students|journalists|others|board|residents)\b"
            r"|\bfor\s+(?:your|our)\s+(?:own\s+)?use(?:\s+(?:at|in)\s+(?:the\s+)?[\w-]+)?\s+only\b"
            r"|\btreat\s+(?:this|it|these|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+with\s+(?:the\s+)?(?:utmost\s+|strictest\s+|strict\s+|great\s+)?(?:discretion|confidentiality)\b"
            # the modal before its subject: "Under no circumstances should this be shared with the press"
            rf"|\b(?:under\s+no\s+circumstances|in\s+no\s+case|on\s+no\s+account)\s+(?:should|must|may|can|is|are)\s+"
            rf"(?:this|it|these|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+)?be\s+(?:{_PASS_ON_EN})\b(?:\s+(?:with|to)\s+(?:the\s+)?[\w-]+)?"
            # kept to a body, the English way round: "For board members only" (not "For staff only", a door's sign)
            r"|\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:board|committee|management|council|executive|steering\s+group)(?:\s+members)?(?:['’]s\s+eyes)?\s+only\b"
            # … or to a kind of staff (not a door's "For authorised staff only"): "For care staff on shift only"
            r"|\bfor\s+(?!authori[sz]ed\b)[\w-]+\s+staff(?:\s+(?:on|in|at)\s+[\w-]+)?\s+only\b"
            # asked not to tell others: "Please don't tell the other parents"
            r"|\bplease\s+(?:don['’]?t|do\s+not)\s+tell\s+(?:the\s+)?(?:other\s+)?(?:parents|children|staff|family|anyone|others|colleagues|[\w-]+ers)\b"
            # meant only for some readers: "it is only meant for the control team" (not a disclaimer's addressee)
            r"|\b(?:is|are)\s+(?:only\s+meant|meant\s+only|only\s+intended|intended\s+only)\s+for\s+(?!(?:the\s+)?(?:named\s+)?(?:addressee|recipient))"
            r"(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?"
            # or to one party and another: "For the employee and the tax authority only"
            r"|\bfor\s+the\s+(?:employee|recipient|addressee|caseworker|family|manager|applicant)\s+(?:and|&)\s+the\s+(?:[\w-]+\s+)?[\w-]+\s+only\b"
            # or to roles: "For HR and the IT manager only"
            r"|\bfor\s+(?:the\s+)?(?:(?-i:[A-ZÆØÅ]{2,5})|[\w-]+\s+(?:manager|director|lead|team))(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?"
            r"(?:(?-i:[A-ZÆØÅ]{2,5})|(?:[\w-]+\s+)?(?:manager|director|lead|team|officer)))+\s+only\b",
            STRONG,
        ),
        Pattern(
            "not for publication (strong)",
            rf"\b(?:ikke\s+til\s+(?:offentliggørelse|udgivelse|publicering|videregivelse|videresendelse|videre\s+(?:distribution|anvendelse|brug|deling|fordeling)|distribution|(?:ekstern|offentlig)\s+brug|udlevering|citering|udsendelse"
            r"|offentligheden|pressen|medierne|eksterne|borgere|borgerne|uvedkommende|deling|citat)"
            # kept from the people the text is about, as a note after a dash or "internt": "– internt, ikke til pårørende"
            # (not after a mere comma: "skrevet til de unge selv, ikke til forældrene" says whom a text addresses)
            r"|\bikke(?<=[–\-:]\sikke|\bintern[te]?(?:\s+[\w-]+)?,\sikke|^[ \t]*ikke|[.!?]\sikke)\s+til\s+(?:de\s+(?:andre\s+|øvrige\s+)?)?(?:pårørende|familien|forældre(?:ne)?|elever(?:ne)?|beboer(?:ne)?|borgeren|kollegerne|kollegaer(?:ne)?|kolleger|{_ROLES})\b(?:\s+endnu)?"
            rf"|\bikke\s+til\s+{_ROLES}\s+endnu\b"
            rf"|ingen\s+(?:kommentarer|udtalelser|citater|interviews)\s+til\s+(?:pressen|medierne|journalister|[\w-]*avisen|[\w-]*bladet)(?:{_CONDITION})?"
            # no one to speak to the press, or a matter not to be discussed with a circle: "Ingen udtaler sig til pressen, før
            # direktøren har talt med familien", "Forløbet kommenteres ikke over for forældrene"
            rf"|\bingen\s+udtaler\s+sig\s+(?:til|over\s+for|overfor)\s+(?:pressen|medierne|journalister|[\w-]*avisen|[\w-]*bladet)(?:,?{_CONDITION})?"
            r"|\b(?:kommenteres|omtales|drøftes|uddybes)\s+ikke\s+(?:over\s+for|overfor)\s+(?:de\s+(?:andre\s+|øvrige\s+)?)?(?:pressen|medierne|pårørende|[\w-]+(?:erne|ne))\b"
            # not to be raised in a meeting: "Tag det ikke op på teammødet"
            r"|\btag\s+(?:det|den|dem|sagen|emnet)\s+ikke\s+op\s+(?:på|i)\s+(?:det\s+|den\s+)?(?:næste\s+|fælles\s+)?[\w-]*møde(?:t|rne)?\b"
            rf"|ingen\s+(?:kommentarer|udtalelser|omtale)\s+(?:om|på|i)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,?{_CONDITION}"
            rf"|intet\s+(?:om\s+(?:de\s+|den\s+|det\s+)?[\w-]+\s+)?til\s+(?:pressen|medierne|journalister)(?:,?{_CONDITION})?"
            rf"|ingen\s+(?:kommentarer|udtalelser)\s+til\s+(?:de\s+)?(?:familien|pårørende|forældrene|borgeren|klageren|medarbejderne"
            rf"|personalet|eleverne|beboerne|parterne|tilbudsgiverne){_CONDITION}"
            r"|no\s+(?:comments?|statements?)\s+to\s+the\s+(?:press|media)"
            # a press decision about what goes on the web: "ingen navne eller adresser på web", "ingen navne, ingen detaljer om
            # borgerens tilstand på web"
            r"|ingen\s+(?:navne|billeder|detaljer)\b[^\n.]{0,60}?\s+på\s+(?:web|hjemmesiden|nettet|facebook|some)\b"
            r"|ikke\s+på\s+(?:some|sociale\s+medier)(?:\s+endnu)?|ikke\s+til\s+(?:referat|protokol|journalisering)(?:len)?(?:\s+endnu)?"
            # passing on forbidden, as a noun: "Deling ikke tilladt", "Ingen videresendelse", "No sharing outside HR" (not a
            # copyright notice: "Eftertryk forbudt", "Kopiering kun med tilladelse" guard published work)
            r"|(?:deling|videregivelse|videresendelse|citering|citat|spredning|distribution|offentliggørelse)"
            r"\s+(?:er\s+)?(?:ikke\s+tilladt|forbudt|kun\s+med\s+(?:[\w-]+\s+)?(?:tilladelse|samtykke|aftale|accept))"
            r"|(?<!\w\s)ingen\s+(?:deling|videregivelse|videresendelse|spredning)(?!\s+af\b)(?:\s+(?:på|i|via|med|til|uden\s+for)\s+[\w-]+)?"
            r"|(?:sharing|forwarding|distribution|disclosure)\s+(?:is\s+)?(?:not\s+permitted|prohibited|forbidden|not\s+allowed)"
            r"|no\s+(?:sharing|forwarding)\s+(?:outside|beyond|with)\s+[\w-]+(?:\s+[\w-]+)?"
            # not for the people a text is about, as a note: "(not for the volunteers)", "– not for the parents"
            r"|(?:(?<=[(–:-][ \t])|(?<=\()|(?<=^))not\s+for\s+the\s+(?:other\s+)?(?:relatives|family|families|parents|volunteers|residents|pupils|students"
            r"|citizens|colleagues|staff|employees|press|media|public|patients|members)\b"
            rf"|not\s+for\s+(?:publication|distribution|circulation|external\s+(?:use|distribution)|release|quotation|citation"
            r"|(?:onward|further|wider)\s+(?:sharing|distribution|circulation|forwarding|transmission)"
            r"|attribution)|off\s+(?:the\s+)?record|uden\s+for\s+(?:det\s+(?:udsendte|offentlige|officielle)\s+)?referat(?:et)?"
            r"|fremgår\s+ikke\s+af\s+(?:det|den)\s+(?:udsendte|offentlige|officielle)\s+(?:referat|kalender|dagsorden|version|udgave)"
            # … or of the minutes that go out: "fremgår ikke af det referat der lægges på Aula"
            r"|fremgår\s+ikke\s+af\s+det\s+referat\s+(?:der|som)\s+(?:sendes|udsendes|lægges|går)\s+(?:ud|rundt|(?:ud\s+)?(?:til|på)\s+[\w-]+))\b"
            rf"(?:{_CONDITION})?",
            STRONG,
        ),
        Pattern(
            "internal use only (strong)",
            r"\b(?:(?:kun|alene|udelukkende)\s+til\s+intern(?:t)?\s+brug|til\s+intern(?:t)?\s+brug|(?:for\s+)?internal\s+(?:(?:use|discussion|purposes|reference)\s+)?only|for\s+internal\s+use"
            r"|for\s+[\w-]+(?:\s+[\w-]+)?\s+use\s+only)\b",  # ("For caseworker use only – not for the school")
            STRONG,
        ),
        # A meeting's rule or a circle of readers in English: "Chatham House Rule applies", "need to know: HR and IT",
        # "treat it as restricted to the planning team"; a code comment: "# DO NOT COMMIT – real data".
        Pattern(
            "meeting rule or readers named (strong)",
            # (said to apply, or closing a line: not a meeting said to be held under it, explained in the next sentence)
            r"\bchatham\s+house(?:[-\s]+(?:rule|rules|regel|reglen|reglerne|princippet))?\b(?:\s+(?:applies|apply|gælder)\b|(?=[ \t.]*$))"
            # the label, not the verb ("we need to know whether …")
            r"|\bneed-to-know\b(?:[ \t]*:[ \t]*[^\n]{1,60})?|\bneed\s+to\s+know\b(?:\s+(?:basis|only)\b|[ \t]*:[ \t]*[^\n]{1,60}|(?=[ \t]*$))"
            # its abbreviation heading a line or a subject: "Emne: NTK – forlig Nordvand" (not asked about: 'skriver "NTK"')
            rf"|^{_LINE_START}\K(?-i:NTK)(?=[ \t]*[–:-][ \t])"
            r"|\brestricted\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:team|group|committee|board|members|staff|recipients|addressees|participants)\b"
            r"|\b(?:do\s+not|don['’]?t|never)\s+(?:commit|push|upload)\b(?!\s+to\b)",
            STRONG,
        ),
        Pattern("not public (strong)", r"\bikke[-\s]offentlig[et]?\b(?!\s+tilgængelig)", STRONG),
        Pattern("duty of confidentiality on the data (strong)", r"\btavshedsbelagt[e]?\b", STRONG),
        # A bidder's trade secrets, as a label or said of an attachment: "Bilag 3 indeholder forretningshemmeligheder",
        # "Bilag C – prisbilag: forretningshemmelighed", "3;Priskalkulation;Forretningshemmelighed" (not the reason in a
        # decision on access: "undtaget af hensyn til leverandørens forretningshemmeligheder").
        Pattern(
            "trade secrets (likely)",
            r"(?:(?<=[–\-:;(|\t][ \t]*)|\b(?:indeholder|er|markeret\s+som|mærket\s+som)\s+)forretningshemmelighed(?:er)?\b"
            r"|\b(?:contains|is|marked\s+as)\s+(?:a\s+)?trade\s+secrets?\b",
            LIKELY,
        ),
        # An EU project's deliverable by its dissemination level ("PU – Public" allows sharing).
        Pattern(
            "EU dissemination level (strong)",
            r"(?<=dissemination\s+level\s*:\s*)(?-i:SEN|CO|RE|PP)\b(?:[ \t]*[–-][ \t]*[^\n]{1,80})?",
            STRONG,
        ),
        Pattern(
            "exempt from access to documents (strong)",
            r"\b(?:(?:undtaget|undtages|unddraget|unddrages)\s+(?:fra\s+)?(?:[\w-]*aktindsigt|offentlighed(?:en)?|offentlighedsloven)|ikke\s+omfattet\s+af\s+aktindsigt"
            rf"|ikke\s+til\s+(?:parts)?aktindsigt(?:{_CONDITION})?|ikke\s+til\s+partsindsigt\b"
            # not handed out when a party sees the case, nor part of what the parties are heard on: "Anmelders navn …
            # udleveres ikke ved partsaktindsigt", "Notat til sagen – indgår ikke i materialet til partshøring"
            r"|(?:udleveres|videregives|oplyses)\s+ikke\s+(?:ved|i\s+forbindelse\s+med|under)\s+(?:parts)?aktindsigt"
            r"|indgår\s+ikke\s+i\s+(?:materialet\s+til\s+|sagens\s+materiale\s+til\s+)?(?:partshøring(?:en)?|(?:parts)?aktindsigt(?:en)?)"
            # a document list's decision with its ground: "Dok 2 – … – Undtaget (offentlighedslovens § 23)"
            # (in brackets: "side 4–7 er undtaget jf. offentlighedslovens § 27" reports another text's decision)
            # (the extent after it too: "Undtaget delvist (§ 15 b)"; the ground after a dash: "Undtaget – § 27")
            r"|undtaget(?:[ \t]+(?:delvis[t]?|helt))?(?=[ \t]*(?:\(|[–-])[ \t]*(?:jf\.?[ \t]*)?(?:(?:offentlighedslovens|forvaltningslovens|offl\.?)[ \t]*)?§)"
            # or the whole value of a field or cell: '"status": "Undtaget"', ";Delvist undtaget;"
            r"|(?:delvis[t]?\s+)?undtaget(?<=(?:[;|\t]|:[ \t]*[\"“])[ \t]*(?:delvis[t]?\s+)?undtaget)(?=[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[\"”]?[ \t]*(?:[,;|\t}]|$))"
            r"|exempt\s+from\s+(?:public\s+)?(?:disclosure|access))\b",
            STRONG,
        ),
        # A subject tagged for the secure mail gateway: "Emne: [SIKKER] Underretning", "[Krypteret] Lægeerklæring",
        # "Emne: SIKKER – …", "#sikkermail".
        Pattern(
            "secure mail tag (likely)",
            r"(?<![^\s:])\[\s*(?:sikker(?:\s*mail)?|krypteret|secure|encrypt(?:ed)?|confidential|fortrolig\w*)\s*\]"
            r"|\b(?:emne|subject)\s*:\s*(?:(?:sv|vs|re|fw|fwd|aw)\s*:\s*)*\K(?:sikker(?:\s*mail)?|krypteret(?:\s+mail)?|secure(?:\s+mail)?|encrypted)(?=\s*[:\-–])"
            r"|\b(?:emne|subject)\s*:\s*(?:(?:sv|vs|re|fw|fwd|aw)\s*:\s*)*\K(?-i:SIKKER|SECURE|KRYPTERET)(?=[ \t]+(?-i:[A-ZÆØÅ]))"  # ("Emne: SIKKER Opfølgning")
            r"|(?<![\w#])#(?:sikker|secure)(?:mail)?\b"
            # heading a line in capitals: "SIKKER MAIL: Oplysninger til brug for ekspropriation" (the word first: a
            # branch at every line's start would slow the whole pattern)
            r"|\b(?-i:SIKKER[ \t]+(?:E-?)?MAIL)(?<=^[ \t#*>_\[(|-]*SIKKER[ \t]+(?:E-?)?MAIL)(?=[ \t]*[:\-–])"
            r"|\b(?:sendt|sent)\s+(?:med|via|by)\s+(?:sikker|krypteret|secure|encrypted)\s+(?:e-?mail|mail|post)\b",
            LIKELY,
        ),
        # A text kept for one occasion, after its title: "Beredskabssvar – bruges kun hvis pressen selv henvender sig".
        Pattern(
            "used only on an occasion (likely)",
            r"(?<=[–\-:]\s)(?:bruges|anvendes|sendes|udleveres|used)\s+(?:kun|only),?\s+(?:(?:hvis|når|if|when)\s+[^\n.!?;]{1,60}"
            r"|reaktivt(?:,?\s+aldrig\s+proaktivt)?|reactively(?:,?\s+never\s+proactively)?)",
            LIKELY,
        ),
        # A passive verb of passing on heading its sentence, negated: "Sendes ikke til pressen.", "Deles ikke eksternt."
        *_placed(
            "not passed on, said as a note (strong)",
            {"at a line's start": "^", "after a sentence": r"[.!?]\s\K", "after a dash": r"[–\-]\s\K",
             "after a draft's label": r",\s(?<=\b(?:kladde|udkast|draft),\s)\K",
             "after a heading's note": r"[–\-]\s[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?,\s\K"},  # ("– intern HR-note, deles ikke …")
            rf"[ \t#*>_\[(|-]*(?=[\w-]+\s+ikke\b)(?:{_PASS_ON_DA})\s+ikke(?![-\w])"  # not "Drøftes ikke-fortrolige punkter …"
            rf"(?:\s+(?:videre|eksternt|ud|til\s+(?:andre|pressen|medierne|offentligheden|borgerne|[\w-]+erne)|uden\s+for\s+[\w-]+"
            r"|med\s+(?:de\s+(?:andre|øvrige)\s+)?[\w-]+(?:en|et|ne|erne|ene))(?:\s+endnu)?)?"  # ("deles ikke med lederen endnu")
            rf"(?:\s+(?:på|via|uden)\s+[\w-]+(?:[ \t]+[\w-]+)?)?(?:{_CONDITION})?(?=[ \t]*(?:[.,:!–\-)\]]|$))",
            STRONG,
        ),
        Pattern(
            "secure mail only (likely)",
            r"\b(?:(?:sendes|fremsendes|videresendes|send|sent)\s+(?:kun|udelukkende|alene|only)|skal\s+(?:sendes|fremsendes)|must\s+be\s+sent)"
            r"(?:\s+[^\W\d_]+){0,2}?\s+(?:via|med|gennem|på|by|through)\s+(?:sikker|krypteret|secure|encrypted)\s+(?:e-?mail|e-?post|post|mail)\b"
            # sent encrypted: "pls send det krypteret"
            r"|\b(?:send|sendes)\s+(?:(?:det|den|dem|svaret|filen|listen)\s+)?(?:kun\s+)?krypteret\b"  # (also "sendes kun krypteret")
            # to one's own digital mailbox only: "Brevet er fortroligt og sendes kun til din e-Boks"
            r"|\bsendes\s+kun\s+til\s+(?:din|jeres|hans|hendes|[\w-]+s)\s+e-?boks\b"
            # "Send via sikker mail – ikke almindelig Outlook"
            r"|\bsend(?<=(?:^[ \t]*|[.!?:–-]\s)send)\s+(?:det\s+|den\s+|dem\s+)?(?:kun\s+)?(?:via|med|gennem)\s+sikker\s+(?:e-?mail|e-?post|post|mail)\b"
            # Digital Post is how the municipality writes to everyone: a restriction only with "kun" ("sendes kun med digital post")
            r"|\b(?:sendes|fremsendes)\s+(?:kun|udelukkende|alene)(?:\s+[^\W\d_]+){0,2}?\s+(?:via|med|gennem)\s+(?:digital\s+post|e-?boks)\b"
            r"|\b(?:kun|udelukkende|alene|only)\s+(?:via|med|gennem|by)\s+(?:(?:sikker|krypteret|secure|encrypted)\s+(?:e-?mail|e-?post|post|mail)|digital\s+post|e-?boks)\b"
            # to a secure mailbox: "Send svaret til min sikre mail, ikke til skolens fælles"
            r"|\btil\s+(?:min|mit|vores|din|jeres)\s+sikre\s+(?:e-?mail|mail|postkasse|mailboks)\b(?:,?\s+ikke\s+til\s+[\w-]+(?:\s+[\w-]+)?)?"
            # … or as against ordinary mail: "skal sendes via Digital Post og ikke som almindelig mail"
            r"|\b(?:sendes|fremsendes)(?:\s+[^\W\d_]+){0,2}?\s+(?:via|med|gennem|i|som)\s+(?:digital\s+post|e-?boks)(?:\s+og|,)\s+ikke\s+(?:som|med|via|pr\.?|på)\s+"
            r"(?:almindelig|alm\.?|normal|ukrypteret)\s+(?:e-?mail|mail|e-?post|post)\b"
            # ("Svaret skal ud via Digital Post, ikke mail")
            r"|\bskal\s+(?:ud|sendes)\s+(?:via|med|gennem)\s+(?:digital\s+post|e-?boks),\s+ikke\s+(?:som\s+|på\s+|pr\.?\s+)?(?:almindelig\s+)?(?:e-?mail|mail)\b"
            r"|\b(?:sendes|fremsendes)(?:\s+til\s+[\w-]+)?\s+(?:i|via|med|gennem)\s+(?:digital\s+post|e-?boks),?\s+ikke\s+(?:via|på|i|med)\s+(?:aula|[\w-]*intra\w*|sms|messenger|posten|almindelig\s+post)\b"
            # the only way it may go: "svaret skal gå via sikker post", "Please handle this only through the secure HR mailbox"
            r"|\b(?:skal|må\s+kun)\s+(?:gå|sendes)\s+(?:via|med|gennem)\s+sikker\s+(?:post|mail|e-mail|digital\s+post)\b"
            # (Digital Post as against ordinary mail, after a dash; the channel alone is no marking)
            r"|\b(?:skal|må\s+kun)\s+sendes\s+(?:i|via|med)\s+digital\s+post[ \t]*[–-][ \t]*ikke\s+(?:som\s+)?(?:almindelig\s+)?(?:mail|e-mail|post)\b"
            r"|\bsendes(?<=(?:^[ \t]*|[:–-][ \t]|[.!?][ \t])sendes)\s+(?:kun\s+)?(?:i|via|med|som)\s+sikker\s+(?:post|mail|e-mail|digital\s+post)\b"
            r"|\b(?:handle|send|share)\s+(?:this|it)\s+only\s+(?:through|via|by)\s+(?:the\s+)?secure\s+(?:[\w-]+\s+)?(?:mailbox|mail|e-?mail|post|channel)\b",
            LIKELY,
        ),
        # "keep the embargo line", "embargoregler", "Embargo-tekst til radioen": the word used of another thing is talk, not
        # a marking. (Norwegian writes "sperret til" and "sperrefrist", and so do Danes typing without "æ".)
        Pattern(
            "embargo (strong)",
            # (not an embargo that was: "lå under embargo til i går kl. 12, men nu er den offentlig")
            rf"(?<!\b(?:afventer|venter\s+på|awaiting|ikke|not|lå|var)\s)(?<!\b(?:ikke|not|lå|var)\s+under\s)\b(?:(?:under\s+)?(?:{_slips('embargo')})(?:ed|eret)?|hold\s+for\s+release|spærrefrist|sperre?frist|(?:under\s+)?(?:pressestop|nyhedsstop|mediestop)|(?:^[ \t#*>_-]*|(?<=[.!?:]\s)|(?<=\())sp(?:æ|e)rret(?=\s+(?:til|indtil))|(?<=[–-]\s)(?-i:SPÆRRET)(?=\s+(?:til|indtil)))\b"
            rf"(?:\s*(?:til|indtil|until|:|–|-)\s*(?:{_WHEN})"
            r"|(?!(?:\s+|-)(?:line|linje\w*|tid\w*|dato\w*|date|time|regler\w*|rules?|policy|politik\w*|spørgsmål\w*|questions?|betyder|means|mod|against|on|på|over|ophæves|ophævet|udløber|lifted)\b|-[^\W\d_]|\s*:\s*(?:en|et|a|an|the|når|when|betyder|means|(?:ingen|nej|none|no|n/a|ikke\s+relevant)(?=\s*[\"”'.,;)]|\s*$))\b))",
            STRONG,
        ),
        Pattern(
            "unpublished (strong)",
            r"\b(?:(?:endnu\s+)?ikke\s+offentliggjort(?:\s+endnu)?|endnu\s+ikke\s+udgivet|ikke\s+udgivet\s+endnu|endnu\s+ikke\s+officiel[t]?|ikke\s+officiel[t]?\s+endnu"
            r"|not\s+yet\s+(?:published|official|public|announced)|unpublished|not\s+(?:official|public|announced)\s+yet"
            # news not told yet: "Lukningen er ikke meldt ud endnu", "This hasn't been announced yet"
            r"|(?<=\b(?:er|var)\s)(?:endnu\s+)?ikke\s+(?:meldt|kommunikeret|udmeldt)(?!\s+(?:om|fra|ind)\b)(?:\s+ud)?(?:\s+endnu)?"
            r"|\bikke(?<=\b(?:er|var)\sikke)\s+ude\s+endnu"
            r"|(?:has|have)n['’]t\s+been\s+(?:announced|communicated|made\s+public)(?:\s+yet)?)\b",
            LIKELY,
        ),
        # A newsletter's or a release's note that it is not out yet: "nyhedsbrev til borgere, januar – ikke sendt endnu:".
        Pattern(
            "not sent yet, as a note (likely)",
            # (or as its status, with what it waits for: "Nyhedsbrevet "Havposten" – status: ikke sendt, afventer korrektur")
            r"\bikke(?<=(?:nyhedsbrev|pressemeddelelse|nyhed|udmelding|opslag|brev|newsletter)[^\n]{0,60}[–-]\s+(?:status:\s*)?ikke)"
            r"\s+(?:sendt|udsendt|offentliggjort|publiceret)(?:\s+ud)?(?:\s+endnu\b|,[ \t]*(?:afventer|venter\s+på|planlagt\s+til)\s+[^\n]{1,50})"
            # a status line of its own: "Ikke sendt – venter på årstallene fra økonomi"
            r"|^[ \t]*ikke\s+(?:sendt|udsendt|offentliggjort|publiceret)(?:\s+endnu)?[ \t]*[–-][ \t]*(?:venter|afventer)(?:\s+på)?\s+[^\n.!?;]{1,50}"
            # … or a draft's: "Kladde – venter på tjek fra jura"
            r"|^[ \t]*(?:kladde|udkast)[ \t]*[–-][ \t]*(?:venter|afventer)(?:\s+på)?\s+[^\n.!?;]{1,50}",
            LIKELY,
        ),
        # Some who must not see this text: "Mine kolleger skal ikke se denne mail".
        Pattern(
            "some not to see this text (likely)",
            r"\b(?:skal|må)\s+ikke\s+se\s+(?:denne|dette|den\s+her|det\s+her)\s+(?:e-?mail|mail|besked|sms|tekst|notat|brev|dokument)\b",
            LIKELY,
        ),
        # "Kan du læse korrektur på vores pressemeddelelse? Den er ikke sendt ud endnu": a release not out yet.
        Pattern(
            "press release not sent out yet (likely)",
            r"(?:endnu\s+)?ikke(?<=(?:pressemeddelelse|nyhed|udmelding|press\s+release)[^\n]{0,80}\b(?:er|var|is)\s+(?:endnu\s+)?ikke)"
            r"\s+(?:sendt\s+ud|udsendt|frigivet|publiceret|sent\s+out|released)(?:\s+endnu|\s+yet)?\b",
            LIKELY,
        ),
        Pattern(
            "draft press release (likely)",
            # (the label alone is left alone: the read sets' writers label "Udkast til pressemeddelelse" as a marking 3 times
            # in 29, the restriction after its dash instead, which is found on its own)
            r"\b(?:udkast\s+til\s+pressemeddelelse|draft\s+press\s+release)\s*[–-]\s*(?:ikke|not)\s+(?:offentliggjort|godkendt|published|approved)\b"
            # (not in brackets: "Pressemeddelelse (kladde)" is left alone by most writers)
            r"|\b(?:pressemeddelelse|press\s+release)\s*[–\-:|,]\s*(?:udkast|kladde|draft)\b(?:\s+v?\d+(?:\.\d+)?)?"
            r"|\bpressemeddelelse\s+under\s+udarbejdelse\b",  # "Pressemeddelelse under udarbejdelse – afventer svar fra familien"
            0.6,
        ),
        # Visible, stored or given only to some, or not at all, as a note: "Ticket … – synlig kun for servicedesk niveau 2",
        # "gemmes ikke lokalt", "Udleveres ikke til andre end medarbejderen", "Notatet … og lægges ikke på Aula".
        Pattern(
            "kept to some readers or places, as a note (likely)",
            r"\b(?:synlig\s+(?:kun|alene|udelukkende)|(?:kun|alene)\s+synlig)\s+for\s+[\w-]+(?:\s+(?!og\b)[\w-]+){0,2}"
            r"|\b(?:gemmes|opbevares|lagres|downloades)\s+ikke\s+lokalt\b"
            r"|\b(?:gemmes|lægges|arkiveres)\s+ikke\s+(?:i|på)\s+(?:[\w-]+s\s+)?[\w-]*(?:mappe|mappen|drev|drevet|arkiv|arkivet)\b"
            r"|\b(?:udleveres|videregives|deles|vises|sendes)\s+ikke\s+til\s+(?:andre|nogen)\s+(?:end|udover)\s+[\w-]+(?:\s+[\w-]+)?"
            # not told to a party: "Indsigerens navn og telefonnummer oplyses ikke til ansøger ved aktindsigt"
            r"|\boplyses\s+ikke\s+til\s+[\w-]+(?:\s+ved\s+(?:aktindsigt|partshøring))?"
            rf"|\bog\s+\K(?<=(?:{_DOCUMENT})\w*\b[^.\n]{{0,80}}\bog\s)(?:lægges|deles|sendes|videresendes|uploades|udleveres"
            r"|videregives|vises|offentliggøres|printes|kopieres)\s+ikke(?:\s+videre|\s+(?:på|i|til|med)\s+[\w-]+)?"
            # kept locked away, said of a paper: "Sedlen opbevares i aflåst skab og makuleres efter overnatningen" (not
            # where a letter lies now: "Brevet ligger i det aflåste skab i postrummet")
            rf"|(?:opbevares|gemmes|lægges)(?<=\b(?:{_DOCUMENT}|sedl|seddel|papir|mappe|skema)\w*\s(?:opbevares|gemmes|lægges))\s+"
            r"(?:i\s+(?:et\s+|en\s+|det\s+|den\s+|[\w-]+s\s+)?aflåst\w*\s+[\w-]+|under\s+lås(?:\s+og\s+slå)?|aflåst)"
            # a heading's note that the text holds confidential facts: "Ankesag – Ankestyrelsen, indeholder fortrolige oplysninger"
            rf"|(?<=^[^\n]{{3,80}},[ \t])indeholder\s+(?:{_LEVEL}|personfølsomme|følsomme)\s+oplysninger\b"
            # shown or sent out only once a condition is met: "Mindeord – udkast, vises først når familien har godkendt teksten"
            r"|\b(?:vises|offentliggøres|publiceres|udsendes|sendes\s+ud|lægges\s+(?:ud|op))\s+først\s+(?:når|efter\s+at)\s+[^\n.!?]{1,60}"
            # a text deleted once it has been used: "den her chat skal slettes når du har skrevet det ind"
            rf"|(?:skal|må)(?<=\b(?:{_DOCUMENT}|chat|sedl|seddel|liste)\w*\s(?:skal|må))\s+slettes\s+(?:igen\s+)?(?:når|så\s+snart)\s+[^\n.!?]{{1,50}}"
            # handed over by word of mouth, as a heading's note: "– overdrages mundtligt og printes ikke"
            r"|(?<=[–-][ \t])(?:overdrages|gives|videregives)\s+(?:kun\s+)?mundtligt\b(?:\s+og\s+(?:printes|kopieres|sendes)\s+ikke)?"
            # a closed case in a heading's brackets: "Indstilling (lukket sag) – …"
            r"|(?<=\()lukket\s+(?:sag|punkt)(?=\))"
            # not shown to anyone, or to kin on a portal: "vis det ikke til nogen", "vises ikke for pårørende på borger.dk"
            r"|\bvis\s+(?:det|den|dem)(?:\s+her)?\s+ikke\s+til\s+(?:nogen|andre|[\w-]+(?:en|ne|erne))\b"
            rf"|\bvises\s+ikke\s+for\s+(?:{_KIN}|borgeren|[\w-]+(?:ne|erne))\b(?:\s+på\s+[\w.-]+)?"
            # not written to a whole group: "Skriv det ikke til hele klassen"
            r"|\bskriv\s+(?:det|den|dem)\s+ikke\s+til\s+(?:hele\s+|alle\s+)[\w-]+"
            # a name or a fact staying in a unit by its letters, or among a circle: "navnet bliver i HR", "Disse oplysninger skal
            # blive blandt lærerne i udskolingen"
            r"|(?<=\b(?:navnet|navnene|det|dette)\s)bliver\s+i\s+(?-i:[A-ZÆØÅ]{2,5})\b"
            rf"|(?:skal|må)(?<=\b(?:{_DOCUMENT}|oplysning)\w*\s(?:skal|må))\s+blive\s+blandt\s+[\w-]+(?:ne|erne)\b(?:\s+i\s+[\w-]+)?"
            # a paper not to be left lying: "Listen … må ikke blive liggende i bussen"
            r"|\b(?:må|skal)\s+ikke\s+blive\s+liggende\s+(?:i|på)\s+(?:den\s+|det\s+)?[\w-]+"
            # the writer's contact kept from someone: "Han må ikke vide, at jeg har skrevet til jer"
            r"|\bmå\s+ikke\s+vide,?\s+at\s+(?:jeg|vi)\s+har\s+(?:skrevet|ringet|kontaktet|sagt\s+det)\b(?:\s+til\s+(?:jer|dig|jeres\s+[\w-]+))?"
            # not written in a shared mail: "Det må I ikke skrive i den fælles pårørende-mail"
            r"|\bmå\s+(?:I|du)\s+ikke\s+skrive\s+i\s+(?:den|det)\s+(?:fælles\s+)?[\w-]*(?:mail|besked|tråd|opslag|nyhedsbrev)\b"
            # not to be put up, in a heading's brackets: "afhentningsliste juleferien (hænges ikke op)"
            r"|(?<=\()(?:hænges|sættes|slås)\s+ikke\s+op(?=\))"
            # the writer's identity kept from someone: "Du må ikke sige at det er mig der har skrevet"
            r"|\b(?:du|i)\s+må\s+ikke\s+(?:sige|fortælle)\s+(?:til\s+[\w-]+\s+)?at\s+det\s+er\s+(?:mig|os)\b(?:\s+(?:der|som)\s+[^\n.!?]{1,30})?"
            # a list deleted at a time: "Listen bruges kun under vinterberedskab og slettes i april"
            rf"|\bslettes(?<=\b(?:{_DOCUMENT})\w*\b[^.\n]{{0,60}}\sslettes)\s+(?:igen\s+)?(?:i|inden|senest|den)\s+(?:[\w.-]+\s+){{0,2}}?[\w-]+(?=[ \t]*(?:[.,;]|$))"
            # not passed around a group: "det med ryggen skal ikke rundt til hele holdet", "lad være med at sende denne mail
            # rundt til alle vagterne"
            # (said of a thing, not of people: "Familierne skal ikke rundt til fem adresser")
            rf"|(?:skal|må)(?<=\b(?:det|dette|[\w-]*(?:{_DOCUMENT})\w*)\b[^.\n]{{0,40}}\s(?:skal|må))\s+ikke\s+(?:sendes\s+|gå\s+)?rundt\s+(?:til|i|på)\s+(?:hele\s+|alle\s+)?[\w-]+"
            r"|\blad\s+være\s+med\s+at\s+sende\s+(?:denne|dette|den\s+her|det\s+her)\s+(?:[\w-]+\s+)?rundt(?:\s+til\s+(?:hele\s+|alle\s+)?[\w-]+)?"
            # not filed where all may read it: "Vi beder jer om ikke at journalisere mailen i en åben mappe"
            r"|\b(?:ikke\s+(?:at\s+)?journalisere|må\s+ikke\s+journaliseres|journaliseres\s+ikke)\s+(?:[\w-]+\s+)?(?:i|på)\s+"
            r"(?:en\s+|et\s+|den\s+|det\s+)?(?:åben|åbne|offentlig[te]?)\s+[\w-]+"
            # shared in a circle only, opening a line: "Deles kun i ledernetværket"
            rf"|^[ \t]*(?:deles|sendes|vises)\s+(?:kun|alene|udelukkende)\s+(?:i|med|til)\s+(?:{_CIRCLE}|[\w-]+(?:et|en|ne|erne))\b"
            # not used in some texts, as a heading's note: "Intern sagsnote – bruges ikke i korrespondance med boet"
            r"|(?<=[–-][ \t])(?:bruges|anvendes)\s+ikke\s+(?:i|til)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+med\s+[\w-]+)?(?=[ \t]*$)",
            LIKELY,
        ),
        Pattern(
            "closed session (strong)",
            r"lukket(?<=\bbehandlet\s+som\s+lukket)\s+sag\b|lukket(?<=\b(?:punkt|pkt\.?)[ \t]*\d+[ \t]*:?[ \t]*lukket)\s+sag\b"
            r"|^[ \t]*lukket\s+for\s+offentligheden(?=[ \t]*:)|\b(?:(?:lukket|luk\.)\s+(?:punkt|pkt|møde|[\w-]*udvalgsmøde|[\w-]+-møde|dagsorden|dagsordenspunkt|del|behandling|drøftelse|sagsbehandling\s+i\s+udvalget|bilag|protokol)"
            r"|lukkede\s+(?:punkt|punkter|dagsordenspunkt|dagsordenspunkter|del|møde|dagsorden|bilag|protokol|behandling)"
            r"|for\s+lukkede\s+døre|\b(?:behandles|drøftes)\s+bag\s+lukkede\s+døre|\bi\s+et\s+lukket\s+forum|behandles\s+ikke\s+åbent|closed\s+(?:session|item|meeting|agenda)|in\s+camera"
            r"|(?:er|is|være|bliver)(?<=\b(?:punkt\w*|møde\w*|sag\w*|dagsorden\w*|behandling\w*|drøftelse\w*|[\w-]*udvalg\w*|item|meeting)\s+(?:er|is|være|bliver))"
            r"\s+lukket\s+for\s+(?:offentligheden|pressen)|closed\s+to\s+the\s+(?:public|press)"
            r"|(?:behandles|behandlet|drøftes)\s+uden\s+for\s+(?:den\s+)?offentlige\s+(?:dagsorden|del|møde)"
            r"|(?:behandles|behandlet|drøftes|drøftet)\s+uden\s+(?:for\s+)?(?:offentlighed(?:en)?|tilhørere|pressen|publikum|pårørende\w*|[\w-]*repræsentant(?:er|erne)|referat)"
            r"|(?:undtaget\s+fra|uden\s+for)\s+(?:den\s+|det\s+)?(?:åbne|offentlige)\s+(?:dagsorden|del|møde|referat)"
            r"|(?:gengives|refereres|medtages)\s+ikke\s+i\s+(?:det\s+|den\s+)?(?:offentlige|åbne)\s+(?:referat|dagsorden|version)"
            r"|(?:udgår|udelades|fjernes|tages\s+ud|holdes\s+ude)\s+(?:af|fra)\s+(?:den\s+|det\s+)?(?:offentlige|udsendte|åbne)\s+(?:version|udgave|dagsorden|referat|punkt|del|møde)"
            # an item said to be left out of the minutes: "Punktet om whistleblowersagen er udeladt af referatet"
            r"|(?<=\b(?:er|bliver|blev)\s)(?:udeladt|udelades)\s+(?:af|fra)\s+referatet"
            r"|(?:omitted|removed)\s+from\s+the\s+public\s+(?:version|agenda|minutes))\b|\(\s*lukket\s*\)"
            r"|\blukket(?<=\b(?:punkt|pkt\.?)[ \t]*\d+[ \t]*\([^()\n]{1,40},[ \t]*lukket)(?=[ \t]*\))"
            r"|\blukket(?<=\b(?:punkt|pkt\.?)[ \t]*\d+[ \t]*\([ \t]*lukket)(?=[ \t]*,[^()\n]{1,40}\))"  # "punkt 4 (lukket, personsag)"
            r"|\blukket(?<=\((?:punkt|pkt\.?)[ \t]*\d+[ \t]*,[ \t]*lukket)(?=[ \t]*\))"  # "(punkt 4, lukket)"
            # an item's title, then its status in brackets: "Punkt 5: Samarbejdsaftale med … (lukket – forretningsforhold)"
            r"|\blukket(?<=^[ \t]*(?:punkt|pkt\.?)[ \t]*\d+\b[^\n()]{1,150}\([ \t]*lukket)(?=[ \t]*(?:[,–-][^()\n]{1,40})?\))"
            r"|\blukket(?<=\b[\w-]*møde\w*[ \t]+[–-][ \t]+lukket)(?=[ \t]*:?[ \t]*$)"
            # … or after its title's last dash: "Pkt. 6 – Salg af ejendommen Havnegade 8 – Lukket"
            r"|\blukket(?<=^[ \t]*(?:punkt|pkt\.?)[ \t]*\d+\b[^\n]{1,150}[ \t][–-][ \t]+lukket)(?=[ \t]*$)"
            # an agenda's item closed right after its number, before its title: "15. Lukket Køb af ejendom, Vestergade 40"
            r"|\blukket(?<=^[ \t]*(?:(?:punkt|pkt\.?)[ \t]*)?\d{1,2}[.):][ \t]*lukket)(?=[ \t]+(?:[–-][ \t]+)?(?-i:[A-ZÆØÅ]))"
            # … or after a dash, or before one: "Pkt. 8 – Lukket: forhandling med leverandør", "3. Lukket – kontraktforhold"
            r"|\blukket(?<=^[ \t]*(?:(?:punkt|pkt\.?)[ \t]*)?\d{1,2}[.):]?[ \t]*(?:[–-][ \t]*)?lukket)(?:[ \t]+(?:sag|punkt|møde|drøftelse))?"
            r"(?=[ \t]*(?::|[ \t][–-])[ \t]+[^\W\d_])"  # ("4. Lukket sag: Forlig med ejer")
            # a closed meeting heading a line: "Lukket – skolebestyrelsesmøde 6/10" (not a shop's "Lukket – vi holder ferie")
            r"|^[ \t]*(?-i:Lukket|LUKKET)(?=[ \t]+[–-][ \t]+[\w-]*møde)",
            STRONG,
        ),
    ]
    ENTITY = "CONFIDENTIAL_MARKER"
    CONTEXT = []
    # A text about something: about the marking's topic when the marking follows within two words
    # ("Skriv en tekst om tavshedspligt"), not in "Kig på den her tekst om borgmesterkæden – det er under embargo".
    TEXT_ABOUT = re.compile(
        r"\b(?:tekst|vejledning|guide|oplæg|artikel|indlæg|kursus\w*|undervisning\w*|opgave)\s+om\b", re.IGNORECASE
    )
    TEXT_ABOUT_BEFORE = re.compile(rf"{TEXT_ABOUT.pattern},?(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE)
    # Words that make a sentence a question about the topic, not a marking.
    TOPIC_CUES = re.compile(
        r"\b(?:hvad\s+(?:betyder|er|indebærer|menes|vil\s+det\s+sige|en|et)|hvad\s+(?:[\w-]+\s+){1,3}(?:betyder|indebærer|dækker\s+over)\b|forskellen|forskel\s+på|forklar(?:e|er)?|definition|begrebet"
        # a question quoted ('Skriv et svar til en borger der spørger: "Er det rigtigt at …"'), a rule's content ("Vi har
        # en regel om at …", 'Vores vedtægter siger at "…"'), any text in a condition ("Hvis en pressemeddelelse har embargo, …")
        r"|hvornår|spørger(?=\s*:)|regel\s+om,?\s+at|(?:en|vores|den)\s+regel(?=\s*:)|(?:vedtægt|retningslinje|forretningsorden|personalepolitik)\w*\s+siger\b"
        r"|hvis\s+(?:en|et)\s+[\w-]+\s+(?:har|er|får)"
        # "Skriv en forklaring til borgerne på hvorfor …", "en oversigt over hvilke dokumenttyper der normalt er …"
        r"|forklaring\s+(?:til\s+[\w-]+\s+)?(?:på|af)\s+(?:hvorfor|hvordan|hvad)|hvilke\s+(?:[\w-]*typer|slags|former)\b"
        r"|hvordan\s+(?:håndterer|behandler|skal|markerer|sender|opbevarer)"
        # a text asked for about why or how it is done: "Skriv et oplæg om hvorfor byrådet behandler … for lukkede døre."
        r"|\b(?:tekst|vejledning|guide|oplæg|artikel|indlæg|forklaring|notat|note)\s+om,?\s+(?:hvorfor|hvordan|hvornår|hvilke)\b"
        r"|regler(?:ne)?\s+for|hvad\s+siger|må\s+man|må\s+jeg|kan\s+man|skal\s+man|bør\s+man"
        r"|what\s+(?:does|is|are)|explain|difference\s+between|how\s+(?:do|should|can)\s+(?:i|we|you)|rules\s+for)\b",
        re.IGNORECASE,
    )
    # An instruction about the concept: "Giv eksempler på sager, der typisk behandles for lukkede døre", or what usually is:
    # "hvorfor punkter om lejemål ofte behandles for lukkede døre".
    ABOUT_THE_CONCEPT = re.compile(
        r"\b(?:forklar|giv\s+(?:mig\s+)?(?:et\s+)?eksemp\w*|eksempler\s+på|typisk|generelt|i\s+almindelighed|ofte|normalt"
        # an explanation in general, for newcomers: "Generel forklaring til nye byrådsmedlemmer om lukket punkt."
        r"|generel(?:le)?\s+(?:forklaring|introduktion|beskrivelse)(?:er)?"
        # how it is used, or wanting to understand it: "Jeg vil gerne forstå, hvordan embargo bruges."
        r"|hvordan\s+(?:[\w-]+\s+){1,3}(?:bruges|anvendes|fungerer|virker)|(?:vil\s+gerne|gerne\s+vil|at)\s+forstå,?\s+(?:hvordan|hvad|hvorfor|hvornår)"
        r"|explain|give\s+(?:me\s+)?(?:an?\s+)?examples?|typically|in\s+general)\b",
        re.IGNORECASE,
    )
    # A question that starts with a question word asks about the concept unless it points at a text.
    # "Er oplysninger om helbred omfattet af tavshedspligt?" asks too, and so does a modal verb before its
    # subject ("Må pressen være med ved et lukket møde?"); not one that asks the reader for something
    # ("Kan du lade være med at sige det videre?" is a request to keep a secret) nor one before a verb
    # ("skal skrive et resumé af det lukkede punkt, hvordan …?" is a note with its subject left out).
    QUESTION_WORDS = re.compile(
        r"^\s*(?:[^\W\d_][^\n:?!.]{0,30}:\s+)?(?:(?:hej|hejsa|hi|hello)[,!]?\s+)?[\"“»]?(?:(?:og|men|så|and|but)\s+)?(?:hvis|hvad|hvordan|hvornår|hvorfor|hvor\s+(?:mange|meget|længe|ofte)|hvem|hvilke|hvilken|hvilket|er|har|gælder|betyder"
        r"|(?:må|skal|bør|kan|vil)(?=\s+(?:man|jeg|vi|han|hun|den|det|de|(?:en|et)\s+[^\W\d_]+|[^\W\d_]+(?:en|et|ne)|[^\W\d_]+(?:ens|ets|nes)\s+[^\W\d_]+)\b)|what|how|when|why|which|is|are|do|does)\b",
        re.IGNORECASE,
    )
    # Asking the AI to write something new: "Skriv en pressemeddelelse om …".
    WRITE_REQUEST = re.compile(
        rf"\b(?:{_WRITE_VERBS}|giv\s+mig)\b[^.\n]{{0,40}}$",
        re.IGNORECASE,
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if self.supported_entities[0] not in entities:
            return []
        # A field's quoted value may join its words with underscores ('"synlighed": "kun_sagsbehandler"'); read them
        # as words. Not a name in code: a column "er_fortrolig BOOLEAN" or a key "is_confidential" marks nothing.
        # The same length, so every span stays where it is.
        text = _UNDERSCORED_VALUE.sub(lambda value: value.expand(r"\1\3") + (value.group(2) or value.group(4)).replace("_", " "), text)
        # An em dash heads a note as an en dash does ("FORTROLIG SAG — kun til sagsbehandler"): one character for one.
        text = text.replace("—", "–")
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        tables = list(_table_blocks(text))
        results += self._table_cells(text, tables)
        kept = [r for r in results if self._is_marking(text, r)]
        read = [r for r in self._read_by_the_model(text, results, tables) if self._is_marking(text, r)]
        schemes = _schemes_explained(text)
        found = [r for r in kept + read if not any(a <= r.start and r.end <= b for a, b in schemes)]
        return self._joined(text, self._longest_first(found + self._levels_of(text, found)))

    def _levels_of(self, text, restrictions) -> list[RecognizerResult]:
        """The level words heading the lines of ``restrictions`` (``_LEVEL_BEFORE_A_RESTRICTION``)."""
        levels = []
        for line_start in sorted({text.rfind("\n", 0, r.start) + 1 for r in restrictions}):  # only their lines: cheap
            line_end = text.find("\n", line_start) % (len(text) + 1)
            for level in _LEVEL_BEFORE_A_RESTRICTION.finditer(text, line_start, line_end):
                a, b = level.span()
                if (any(b < r.start < line_end for r in restrictions)
                        and not any(r.start < b and a < r.end for r in restrictions)):
                    levels.append(self._result(a, b))
        return levels

    def _read_by_the_model(self, text, matched, tables) -> list[RecognizerResult]:
        """Lines and sentences the trained model reads as a marking (``marking_classifier.py``) where the
        grammar matched nothing: shapes no rule anticipates. Where a pattern matched, the grammar has
        judged the words (a marking, or a rule about a kind of text, a question, a scheme) and stands;
        a table's header names its columns and marks nothing, nor does a mail's address line ("Til: HR"); a room
        or a place is for some people, not a text; a clause of a contract or a law (``§ 14 Fortrolighed``) states a duty; a sentence whose subject is a kind of data states a rule ("Helbredsoplysninger sendes
        aldrig med almindelig post"); a question is the grammar's to judge, as most ask about a marking
        rather than make one."""
        headers = {rows[0][1] for _, rows in tables}
        return [
            self._result(a, b)
            for a, b in marking_classifier.shared().markings(text)
            if not any(r.start < b and a < r.end for r in matched)
            and text.rfind("\n", 0, a) + 1 not in headers
            and not self._rule_about_a_kind(text[a:b])
            and not _A_ROOM_IS.match(text, a, b)
            and not _CLAUSE_HEADING.match(text, a, b)
            and not _ADDRESS_LINE.match(text, a, b)
            and not _TOPICS_LINE.match(text, a, b)
            and not _NOTHING_SENSITIVE.match(text, a, b)
            and not (_DRAFT_WORD.search(text, a, b) and not _KEPT_OR_PUBLISHED.search(text, a, b))
            and not ("lukket" in text[a:b].lower() and _in_a_register(text, a))
            and not _TOLD_IN_CONFIDENCE.search(text, a, b)
            and not _SAID_NOT_TO_BE.search(text, a, b)
            and not _NOT_A_LEVEL.fullmatch(text, a, b)
            and not text[a:b].endswith("?")
            and not _LAUNDRY_CARE.search(text, a, b)
            and not _OPENING_HOURS.search(text, a, b)
            and not _A_THING_LENT_OR_A_MATTER_WEIGHED.search(text, a, b)
            and not _EXEMPTED_UNDER_A_SECTION.search(text, a, b)
            and not _ONLY_A_THING.fullmatch(text, a, b)
            and not _A_DAY_CLOSED.match(text, a, b)
            and not _a_place_closed(text[a:b])
            and not _LEVELS_LISTED.search(text, a, b)
            and not _A_KEY_ALONE.fullmatch(text, a, b)  # a key alone on its line ("hold:" in YAML), not "🔒 Følsom"
        ]

    @staticmethod
    def _rule_about_a_kind(sentence) -> bool:
        """A sentence whose subject is a kind states a rule, unless it waits for something, as no rule does
        ("Pårørende orienteres ikke om årsagen, før politiet er færdige" is about this case)."""
        subject = _SUBJECT_AND_VERB.match(sentence)
        return bool(subject) and _general_subject(subject.group(1)) and not _A_CONDITION.search(sentence, subject.end())

    def _result(self, start, end) -> RecognizerResult:
        """A marking found outside the patterns (a table cell, the model), scored as a likely one."""
        return RecognizerResult(
            self.supported_entities[0], start, end, LIKELY,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )

    def _table_cells(self, text, tables) -> list[RecognizerResult]:
        """The cells of a classifying column that restrict their row: "Fortrolighed" … "Høj", an agenda's
        "status" … "Lukket" (also in CSV and Markdown, where the level stands alone in its cell).
        ``tables``: the text's ``_table_blocks``."""
        found = []
        for separator, rows in tables:
            header = [text[a:b] for a, b in _cells(*rows[0], separator)]
            agenda = any(_AGENDA_COLUMN.fullmatch(h) for h in header)
            columns = [i for i, h in enumerate(header) if _CLASSIFYING_COLUMN.fullmatch(h)]
            for line, start in rows[1:]:
                if _RULE_ROW.fullmatch(line):
                    continue
                cells = _cells(line, start, separator)
                for i in columns:
                    if i >= len(cells):
                        continue
                    a, b = cells[i]
                    value = text[a:b]
                    status = header[i].lower().endswith("status")
                    if (_CLOSED_CELL.fullmatch(value) and (agenda or not status)) or (
                        not status and _RESTRICTING_CELL.fullmatch(value)
                    ) or (status and _DRAFT_CELL.fullmatch(value)):
                        found.append(self._result(a, b))
        return found

    def _is_marking(self, text, result) -> bool:
        if _THE_WORD_BEFORE.search(text, max(0, result.start - 20), result.start):
            return False  # "mails med ordet FORTROLIGT i emnefeltet": the word named, not used
        if _A_TITLE_OPENS_BEFORE.search(text, max(0, result.start - 20), result.start):
            return False  # 'et escape room-spil der hedder "TOP SECRET – Operation Pixel"': a title's words
        if (self._quoted(text, result.start, result.end) and not _AFTER_A_FIELD_KEY.search(text, max(0, result.start - 8), result.start)
                and not _LABELLED_IN_A_VALUE.search(text, max(0, result.start - 30), result.start)
                and not (_WRITTEN_ON.search(text, max(0, result.start - 30), result.start) and not _MEANING_ASKED.search(text))):
            return False  # 'lukket punkt' in quotes is talked about, not used (but 'der står "KLAUSULERET" øverst' reports it)
        left, right = self._sentence_around(text, result.start, result.end)
        sentence = text[left:right]
        lead = text[max(0, result.start - 80) : result.start]
        lead = lead[max(lead.rfind(mark) for mark in (".", "?", "!", "\n")) + 1 :]
        # A question in a clause of its own after the marking asks about something else:
        # "Det her bliver mellem os, men hvordan skal jeg dokumentere det?"
        next_clause = _NEXT_CLAUSE.search(text, result.end, right)
        clause = text[left : next_clause.start()] if next_clause else sentence
        # "Hvordan laver jeg et vandmærke med FORTROLIGT, og kan man låse det?": the question mark ends the
        # sentence, but the clause that holds the marking is where the question starts.
        opens_as_question = bool(self.QUESTION_WORDS.search(clause))
        # typed in a hurry a question may lose its mark: "hvordan laver jeg et lukket pkt i dagsordenen"
        question = (clause.rstrip().endswith("?") or (opens_as_question and sentence.rstrip().endswith("?"))
                    or (_HOW_OR_WHY.match(clause) is not None and "?" not in sentence))
        asks = (self.TOPIC_CUES.search(clause) or self.TEXT_ABOUT.search(clause)
                or (opens_as_question and not _POINTS_AT_TEXT.search(clause)))
        # (a heading's note after its dash stands on its own: "Citat til artikel om frivillige – ikke godkendt endnu")
        after_dash = re.split(r"\s[–-]\s", lead)[-1]
        if self.TOPIC_CUES.search(after_dash) or self.TEXT_ABOUT_BEFORE.search(after_dash) or (question and asks):
            return False  # the sentence asks about confidentiality; it is not a marking
        if self.ABOUT_THE_CONCEPT.search(sentence) and not _POINTS_AT_TEXT.search(sentence):
            return False  # an instruction to explain or exemplify the concept
        if _ASKED_WHETHER_BEFORE.search(lead) or _MEANING_ASKED_AFTER.match(text, result.end):
            return False  # "Journalisten spørger, om de er fortrolige", "Embargo – hvad betyder det?": asked about, not used
        if "lukke" in text[result.start : result.end].lower() and (
                _LEFT_OUT_BEFORE.search(text, max(0, result.start - 40), result.start) or _LEFT_OUT_AFTER.match(text, result.end)
                or _FOR_THE_CLOSED_MINUTES.search(lead)):
            return False  # "uden det lukkede punkt", "Skriv et referat til den lukkede protokol": what to leave out or write for
        if _PHOTOGRAPHED.search(text, result.start, result.end) and line_around(text, result.start).count("|") > 1:
            return False  # "| Marius | må ikke fotograferes |": a child in a table's row not to be photographed, not a text
            # kept back (a handover sheet that "Må ikke fotograferes" is)
        if self._quoted_and_asked_about(text, result.start, result.end):
            return False  # 'der står "Bilag 2 er undtaget fra aktindsigt". Hvad betyder det?': a quotation asked about
        if "fortrolig" in text[result.start : result.end].lower() and (
                _ALWAYS_BEFORE.search(text, max(0, result.start - 30), result.start) or _BY_THE_RULES_AFTER.match(text, result.end)):
            return False  # "skal altid behandles fortroligt": a rule for a kind of text, or a privacy promise
        if _UNRESTRICTED_FIELD.match(text, result.start):
            return False  # "Embargo: Ingen", "Lukket punkt: [ ] ja": the field is there, the restriction is not
        word = text[result.start : result.end]
        if word.strip().lower().endswith("lukket") and _in_a_register(text, result.start):
            return False  # "R-08 | Fejl i beregningen | JF | lukket |": a risk that is closed, not a closed item
        if " " not in word and _NONE_BEFORE.search(text, max(0, result.start - 16), result.start):
            return False  # "uden embargo", "no embargo", "Den er ikke fortrolig.": the marking is said to be absent
        if word.lower() in ("embargo", "under embargo") and (_A_STATES_EMBARGO_BEFORE.search(text, max(0, result.start - 70), result.start)
                                          or _A_STATES_EMBARGO_AFTER.match(text, result.end)):
            return False  # "omfattet af EU's embargo": a state's trade embargo
        if _BUSINESS_BEFORE.search(text, max(0, result.start - 12), result.start) and text[result.start].isupper():
            return False  # "Restaurant Embargo" is a name
        room = _A_ROOM_IS.match(lead + text[result.start : result.end])
        if room and room.end() >= len(lead):
            return False  # "Mødelokale 3 er kun til intern brug": a room for some, not a text (the verb may be matched)
        if _A_PLACE_BEFORE.search(lead) and _NOT_PUBLIC.match(word):
            return False  # "vejen er ikke offentlig": private ground
        if _AFTER_PAYMENT.search(word):
            return False  # "Pakken sendes først efter betaling": a trade's condition
        if _SAID_OF_ANY.match(word) and _ANY_ONE_BEFORE.search(lead):
            return False  # "ord der signalerer at et dokument er fortroligt": any text of its kind
        matched = _as_written_in_full(text[result.start : result.end].lower())  # "maa ik" is "må ikke"
        if ("pressemeddelelse" in matched or "press release" in matched) and self.WRITE_REQUEST.search(lead):
            return False  # "Skriv et udkast til pressemeddelelse om …" asks for a new text
        # a rule has no date or event to wait for: "Tekniske detaljer holdes tilbage til 14. april",
        # "Details must not be shared … until the patch is installed"
        dated = bool(_CALENDAR_TIME.search(matched) or _UNTIL_AN_EVENT.search(text, result.start, right))
        if matched.startswith(("må", "skal", "bør", "kan", "ikke", "kun må", "kun skal", "kun bør", "er ikke", "must", "should", "may", "shall", "cannot", "is not", "are not"))  \
                and (_general_subject(_unquoted(lead)) or _coordinated_with_a_kind(text[left : result.start]))  \
                and not _KIND_AFTER_A_HEADING.search(lead) \
                and not dated and not _OBJECT_THIS.match(text, result.end) \
                and not _CAPITAL_AFTER_A_WORD.match(text, result.start - 2):
            return False  # "Personoplysninger må ikke deles", "Passwords must not be shared": rules about a kind of data
        if matched.startswith("fortrolig") and _SPOKE_BEFORE.search(lead):
            return False  # "Hun talte fortroligt og roligt til hunden": spoke intimately
        if _A_WISH_REPORTED.search(lead) or (matched.startswith(("vil ikke have", "ønsker")) and _SOMEONE_ELSE_BEFORE.search(lead)):
            return False  # "Sigurd vil ikke have at det kommer ud", "som ønsker at deres priser holdes hemmelige": a wish told
        if matched.startswith(("ikke", "må", "skal")) and _DEFINING_A_KIND.search(lead):
            return False  # 'om sider på intranettet, der ikke må ses af borgere': what defines a kind of page
        if "forretningshemmelighed" in matched and _A_REASON_BEFORE.search(lead):
            return False  # "undtaget …, fordi de er forretningshemmeligheder": the reason of a decision on access
        if matched.startswith("afventer samtykke") and _A_CPR_NUMBER.search(line_around(text, result.start)):
            return False  # "2026-4418;Hans Wulff;191236-3119;GPS-alarm;Afventer samtykke": a case's status in a register
        if matched.startswith("kan ") and _SO_WE_DO.match(text, result.end):
            return False  # "kørelister kan ikke printes, så jeg sender dem her": a fault and its way round
        if _PERSON_BEFORE.search(lead) and _MODAL_AND_PASSIVE.match(matched):
            return False  # "man skal ikke sendes rundt mellem afdelinger": a person moved, not a text passed on
        if _MARKED.match(matched) and _ANY_ONE_WHICH_IS.search(lead):
            return False  # "en PPR-udtalelse, der er mærket fortrolig": any text so marked
        if matched.startswith("lukket") and _A_CLOSED_ITEM_TO_HOLD.search(lead):
            return False  # "Vi skal holde et lukket punkt om …": a closed item spoken of, not this text
        if matched.startswith(("er ", "is ", "are ")) and _OPENING_QUOTE.search(lead) and _general_subject(_unquoted(lead)) and not dated:
            return False  # 'instruks, der siger "Skadeanmeldelser er fortrolige"': a rule about a kind
        if _CONVERSATIONS_BEFORE.search(lead) and matched.startswith(("er fortrolig", "fortrolig")):
            return False  # "… men samtalerne er for alle. Samtalerne er fortrolige.": a service's conversations described
        if _ITS_MEETINGS_BEFORE.search(lead) and "offentlig" in matched:
            return False  # "Møderne er ikke offentlige": a body's rule for its meetings
        if _CANNOT_BE_SEEN.fullmatch(matched) and not _BY_WHOM.match(text, result.end):
            return False  # "Nummerpladen kan ikke ses på billedet": it cannot be seen (not "… kan ikke ses af borgeren")
        if matched.startswith(("må", "skal")) and _FOR_THE_WRITER.search(text, result.start, right):
            return False  # "Sønnens økonomi skal ikke nævnes i det brev, du skriver": what to leave out of a reply
        if matched.startswith(("behandl", "holdes", "opbevares", "gemmes", "lagres", "ligger", "slettes", "makuleres",
                               "destrueres", "drøftes", "is treated", "are treated", "treated", "handled")) and (
            (_UNDER_A_LAW.match(text, result.end) and not ("offentlighed" in matched or "lukkede døre" in matched))
            or (_general_subject(_unquoted(lead)) and not dated)
        ):
            return False  # "Elevernes oplysninger behandles fortroligt efter GDPR", "Papirer med cpr-numre makuleres efter brug"
            # (a closed item cites its law: "Punktet behandles uden offentlighed jf. styrelseslovens § 10")
        which = _WHICH_ARE.search(lead)
        if which and (matched.startswith(("er ", "is ")) or not which.group().endswith("der ")):
            return False  # "Lav en tabel over hvilke dokumenttyper der er personfølsomme", "… der er undtaget fra
            # aktindsigt": which kinds, asked
        if _TO_BE_MARKED.search(lead):
            return False  # "… og markeres FORTROLIGT i emnefeltet": how to mark a kind of mail
        if _IF_MARKED.search(lead + word):
            return False  # "Skriv aldrig tekst ind i en chatbot, hvis den er mærket FORTROLIGT": a condition, not a marking
        if (kind := _A_KIND_OF_TEXT.search(lead)) and not _EXCEPT.search(lead, kind.end()):
            return False  # "… skal visse sager behandles for lukkede døre": said of a kind of text (not of the one excepted:
            # "alle dokumenter, bortset fra et internt notat, som er undtaget fra aktindsigt")
        if (matched.startswith(("en ", "et ", "a ", "an ")) and _TO_BE_WRITTEN.search(lead)) or _TO_BE_WRITTEN_WITH_ARTICLE.search(lead):
            return False  # "skriv en fortrolig briefing", "Jeg skal skrive et lukket punkt til …": a text still to be written
        if _EXPLAINED.search(sentence):
            return False  # "Mærkningen 'Lukket punkt' betyder, at …": what a marking means
        if _A_KIND_MARKED.search(text, max(0, result.start - 60), result.end):
            return False  # "Modtager du en mail mærket FORTROLIGT, …": a rule for a kind of mail
        if (matched.startswith(("må", "skal", "ikke", "bør")) and re.search(r"udleveres|nævnes|efterlades", matched)
                and _PEOPLE_BEFORE.search(lead)):
            return False  # "børnene ikke må udleveres til far", "Den anden elev skal ikke nævnes": people, not a text
        if matched.startswith(("må", "skal", "ikke", "bør")) and _EVERYTHING_WHICH.search(lead):
            return False  # 'alt hvad der står "Til tjenestebrug" på, ikke må deles …': a rule about everything so marked
        if _DO_NOT_DISTURB.match(text, result.end):
            return False  # "lukket møde – ikke forstyr": a door's sign
        if _A_PARTY_SHALL.search(lead):
            return False  # "The Recipient shall keep all Confidential Information strictly confidential": a contract's clause
        if matched.endswith("intern") and _A_PERSON_AS_VALUE.match(text, result.end):
            return False  # "- Intern: Ana Souza (Universidade do Porto)": the trainee's field, in English
        if _A_SECRET_BALLOT.search(lead):
            return False  # "Valget er hemmeligt": a secret ballot
        if _QUOTED_SUBJECT_LINE.search(text, max(0, result.start - 40), result.start):
            return False  # 'mails med emnet "FORTROLIGT: …"': another mail's subject, described
        if matched.endswith("oplyses") and _INFORMANT_BEFORE.search(lead):
            return False  # "Anmelders navn må ikke oplyses til familien": the law's protection of an informant, stated
        if (_SECRET_CONTACT.search(lead) and "aktindsigt" not in text[result.start : right] and not _TO_SOMEONE.match(text, result.end)
                and not _SHARED_WITH_SOMEONE.search(matched)):  # (but "Adresserne må ikke deles med klassen" marks a list)
            return False  # "Adressen er hemmelig": the person's protected address, not a marking of the text (but what
            # access to the case's documents leaves out is: "Anmelders telefonnummer udleveres ikke ved partsaktindsigt",
            # "Opholdsstedet må ikke fremgå af notatet i den del, mor kan få aktindsigt i")
        if _LEVEL_OF_A_KIND.match(text, result.end) and not result.end - result.start > 40:
            return False  # "Strengt fortrolige dokumenter omfatter …": a kind of document, described
        line_start = text.rfind("\n", 0, result.start) + 1
        if _A_HEADING_ASKS_WHAT.fullmatch(text, line_start, result.start):
            return False  # "2. Hvad er ikke offentligt": a heading asks what is, over a list of it
        if _WORDS_LISTED.search(text, line_start, result.start):
            return False  # "Kan du oversætte disse ord til engelsk: fortroligt, …": words to translate, not a marking
        if _QUOTED_RULE.search(text, line_start, result.start) or _QUOTED_EXAMPLE.search(text, line_start, result.start) or (
                _QUOTED_LEAD_ANYWHERE.search(text, line_start, result.start) and _QUOTE_ASKED_ABOUT.match(text, result.end)) \
                or _A_QUOTE_SPOKEN_OF.search(text, line_start, result.start):
            return False  # a rule quoted from a guideline, or a quoted sentence asked about, how to write it, a template, a sign, a name
        if _RULE_SOURCE_AFTER.match(text, result.end) or _RULE_SAYS_BEFORE.search(text, line_start, result.start):
            return False  # a rule, its source named after it or before: "…, står der i vores indkøbspolitik", "Politikken siger at …"
        if _A_TEMPLATE.search(lead):
            return False  # "Lav en skabelon til et referat af et lukket punkt": a form, not a marked text
        if (_RULE_ABOUT_A_KIND.match(sentence) and not _POINTS_AT_TEXT.search(sentence)
                and not _HEADING_DASH.search(text, left, result.start) and not _KIND_ABOUT_ONES_THING_MAY_NOT.match(sentence)
                and not _KIND_ABOUT_KINS_THING.match(sentence) and not _opens_a_fields_value(text, line_start, result.start)):
            return False  # "Dokumenter på lukket dagsorden må ikke printes" is a rule about a kind of text
        if any(m.start() <= result.start < m.end() for m in _LEVELS_LISTED.finditer(text, left, right)):
            return False  # "Offentlig, Intern, Fortrolig, Strengt fortrolig": a classification scheme, listed
        if ((_KIND_BEFORE.search(text, max(0, result.start - 40), result.start)
             or (matched.startswith(("under ", "på ", "i ")) and _KIND_JUST_BEFORE.search(text, max(0, result.start - 40), result.start)))
                and not re.match(r"[ \t]*\d", text[result.end :])  # (on its line: a list's next heading is no item number)
                and not _HEADING_S_APPENDIX_BEFORE.search(text, max(0, result.start - 40), result.start)
                and not (_OF_A_MEETING.match(text, result.end) and not _ARTICLE_BEFORE.search(text, max(0, result.start - 6), result.start))):
            return False  # "… eller oplysninger fra lukkede punkter på dagsordener": a kind of text
        if _KINDS_MARKED.search(text, left, result.end) and not _EXCEPT.search(text, left, result.start):
            return False  # "Det gælder dokumenter, der er mærket fortroligt, … og pressemeddelelser under embargo"
        if _NEGATED_BEFORE.search(lead) and (matched.startswith(("er ", "is ", "are ")) or _LEVEL_AT_START.match(matched)):
            return False  # "… at ventelisten ikke er hemmelig": said not to be one
        if _LEVEL_AT_START.fullmatch(matched) and _LEVEL_USED.match(text, result.end):
            return False  # "Strengt fortrolig anvendes ved …": a scheme's level, said what it is for
        if _CLOSED_WORDS.match(matched) and _HELD_IN_THE_PAST_BEFORE.search(lead):
            return False  # "Byrådet holdt lukket møde om skolebudgettet i sidste uge": an event told, as the paper told it
        if _CLOSED_WORDS.match(matched) and _ANY_CLOSED_ITEM.search(lead):
            return False  # "Et punkt kan behandles for lukkede døre, når …": any closed item
        if _WHAT_BEFORE.search(lead) and _MEANS_AFTER.match(text, result.end):
            return False  # "hvad TLP:AMBER og TLP:RED betyder": what a marking means
        if _CLOSED_WORDS.match(matched) and (_OR_TERM_AFTER.match(text, result.end) or _TERM_OR_BEFORE.search(lead)) and (
                _QUESTION_END.match(text, result.end)):
            return False  # "Er det lukket punkt eller lukket møde man skriver?": two terms weighed in a question
        if _CLOSED_KIND.fullmatch(matched) and not _DETERMINER_BEFORE.search(lead) and not self._heads_a_line(text, result):
            return False  # "Lukkede punkter vises ikke på hjemmesiden": closed items in general (an agenda's heading lists these)
        if (text[result.end : result.end + 1] == "?" and (_CLOSED_WORDS.match(matched) or _LEVEL_AT_START.fullmatch(matched))
                and _SENTENCE_START_BEFORE.search(lead)):
            return False  # "Lukket punkt? Nej – åbent.": asked whether it is one (a polite request ends so too: "Vil I lade være …?")
        return True

    @staticmethod
    def _heads_a_line(text, result) -> bool:
        """Is the marking a line of its own, a heading ("Lukkede punkter" over an agenda's closed items), or the
        end of a heading after a dash ("Byrådet – lukkede punkter (fra dagsordenssystemet)")?"""
        line_start = text.rfind("\n", 0, result.start) + 1
        line_end = text.find("\n", result.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].strip(" \t#*_:") == text[result.start : result.end]:
            return True
        heading = _HEADING_END.fullmatch(text, line_start, line_end)
        return heading is not None and heading.start(1) == result.start

    @staticmethod
    def _longest_first(results):
        """Of overlapping markings keep the longest: "Udkast til pressemeddelelse – ikke offentliggjort"."""
        chosen = []
        for result in sorted(results, key=lambda r: r.end - r.start, reverse=True):
            if all(result.end <= c.start or result.start >= c.end for c in chosen):
                chosen.append(result)
        return sorted(chosen, key=lambda r: r.start)

    @staticmethod
    def _joined(text, results):
        """One marking of parts joined by a dash, comma or slash: "FORTROLIGT – må ikke deles med tilbudsgiverne"."""
        joined = []
        for result in results:
            if joined and _JOINER.fullmatch(text, joined[-1].end, result.start):
                joined[-1].end = result.end
                joined[-1].score = max(joined[-1].score, result.score)
            else:
                joined.append(result)
        return joined

    @staticmethod
    def _quoted(text, start, end) -> bool:
        """Is the marking in quotes of its own, perhaps after a level ('"Fortroligt – må ikke videresendes"') or
        before a word or two of a term ('"ikke-offentligt punkt"')?"""
        inner = text[start:end]
        return (bool(_QUOTED_LEAD.search(text, max(0, start - 30), start)) and bool(_QUOTE_CLOSES.match(text, end))
                and not any(q in inner for q in "'\"‘’“”«»"))

    @staticmethod
    def _quoted_and_asked_about(text, start, end) -> bool:
        """Is the marking inside a quotation on its line whose meaning in general the words after it ask? (Asked of this
        text, 'Betyder det at jeg slet ikke må åbne den?', the quotation reports a marking.)"""
        before = text[text.rfind("\n", 0, start) + 1 : start]
        opened = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”") or before.rfind("»") > before.rfind("«")
        closes = [i for i in (text.find(mark, end) for mark in '"”«') if i != -1]
        if not opened or not closes or "\n" in text[end : min(closes)]:
            return False
        asked = text[min(closes) : min(closes) + 120]
        return bool(_WHAT_IT_MEANS.search(asked) and _IN_GENERAL.search(asked))

    @staticmethod
    def _sentence_around(text, start, end) -> tuple[int, int]:
        """Where the sentence (or line) around ``start:end`` begins and ends."""
        left = max(text.rfind(mark, 0, start) for mark in (".", "?", "!", "\n"))
        rights = [i for i in (text.find(mark, end) for mark in ("?", "!", "\n")) if i != -1]
        dot = text.find(". ", end)
        if dot != -1:
            rights.append(dot)
        right = min(rights) + 1 if rights else len(text)
        return left + 1, right
