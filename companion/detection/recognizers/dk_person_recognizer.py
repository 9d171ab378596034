"""Names of persons in Danish prompts: the spaCy pipeline plus Danish name lists.

The small Danish pipelines find names in news text but miss them in prompts:
lower-case names ("ring til mette"), a first name alone ("Hanne vil tale om
sin datter Freja"), possessives ("Jensens sag") and hyphenated names
("Anne-Marie Holm-Nielsen"). This recognizer combines
- the pipeline's PER entities (when a pipeline is loaded),
- a list of Danish and Muslim first names and surnames (``data/names.tsv``,
  built from DaCy's name table by ``tools/build_name_lists.py``), and
- case-work cues before a name (``fru``, ``hr.``, ``borgeren``, ``sønnen``,
  ``min kollega`` …).

Names that are also ordinary words (``per``, ``mark``, ``bo``, ``sted``) count
only when the text makes them a name: capitalised mid-sentence, next to
another name, or after a cue. Cue words themselves ("Borgeren") are never
names, and a name inside a place or organisation the pipeline found
("Jensens Bøfhus", "Hans Tavsens Gade") is not a person.

The questions it asks live beside their data: ``name_words`` (is this word a name, of which kind, or an
ordinary word?), ``not_a_person`` (is this a place, an organisation or a thing named after someone?) and
``person_initials`` (initials and handles). Coordinated names, cues and the pipeline's spans are here.

Examples (made up): ``Hanne Jensen``, ``fru Holm``, ``borgeren mette``, ``Jensens``.
"""

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ..checksums import cpr_birth_date
from .dk_cpr_recognizer import OTHER_NUMBER_LABEL_ENDINGS
from .context_words import (
    DANISH_FUNCTION_WORDS, DEFINITE_ENDINGS, FUNCTION_WORDS, MARKDOWN_HEADER, PLAIN_LETTERS, WEEKDAY_LABELS, column_header, in_table_header,
    line_around, nearest_cue, starts_a_word, words_before,
)
from .name_words import (
    KOREAN_SURNAMES, WIDE, WORD, compound_of_words, is_common_word, korean_given_name, load_common_words, load_names, load_wide_first_names, lookup, ordinary_word,
    surname_after_first_name,
)
from .not_a_person import (
    ABBREVIATIONS, INSTITUTION_ENDINGS, NOT_PERSON_AFTER, NOT_PERSON_BEFORE, ORGANISATION_HEADS, ORGANISATION_WORDS, ROLE_TITLES, a_word_in_a_list, a_word_in_a_pair,
    in_a_code, inside_place_or_org, institution_name, institution_word, listed_with_figures, lists_of_places_and_things, foreign_words,
    names_given_in_quotes, place_word, plant_varieties, product_models,
    named_after_a_town,
    town_by_its_ending,
)
from .person_candidate import (
    AFTER_STRONG_CUE, CUE_BONUS, FIRST_NAME, FIRST_NAME_AT_SENTENCE_START, FULL_NAME, HIGHEST, HOMOGRAPH_AFTER_CUE,
    HOMOGRAPH_MID_SENTENCE, LOWER_CASE_NAME, REPEATED_PART, SURNAME, SURNAME_AT_SENTENCE_START, UNKNOWN_SINGLE_WORD,
    Candidate,
)
from .person_initials import NOT_INITIALS, chat_speakers, handles, initials, speaker
from .required_words import Guarded
from .world_knowledge import after_a_brand, is_brand, is_place, public_name_spans, towns_in, words_of_figures_named

COUNTRY_CODE = "dk"

_DIGIT = re.compile(r"\d")
_MARKING_WORDS = frozenset("intern internt fortrolig fortroligt konfidentiel konfidentielt".split())
_MONTHS_SHORT = frozenset("jan feb mar apr maj jun jul aug sep okt nov dec".split())
_POSSESSIVES = frozenset("min mit mine din dit dine sin sit sine vores jeres deres".split())
_LOWER_CASE_WORD_AFTER = re.compile(r" [a-zæøå]")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•\-–\"“”«»(]\s*|\n\s*|\n[ \t]*(?:>[ \t]*)+)$")  # (also a quoted mail's line: "\n> This")
_INITIAL = re.compile(r"[A-ZÆØÅ]\.?$")
# Letters Danish words never have but names of Danes with Polish, Turkish, Vietnamese,
# Balkan or Faroese roots often do ("Małgorzata", "Öztürk", "Nguyễn", "Petrović", "Turið").
# No IGNORECASE: "ı" would then match every "i".
_FOREIGN_NAME_LETTERS = re.compile(r"[łńśźżćęąğışçăâđơưčšžřðþțșŁŃŚŹŻĆĘĄĞİŞÇĂÂĐƠƯČŠŽŘÐÞȚȘ\u1ea0-\u1ef9]")
# A form or header label before a name: "Borger: …", "Elev: …", "Til: …".
# Also a key in JSON, YAML or code: '"fornavn": "', "efternavn='", "first_name: ".
# A rota's day heading its line: "Man: Dilan 11-17", "Tirsdag: Helle" (a weekday's word in prose is no label).
_ROTA_DAY_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:{WEEKDAY_LABELS})\.?[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_FORM_LABEL = re.compile(
    r"(?:navn|fornavn|efternavn|mellemnavn|borger|elev|ansat|medarbejder|beboer|patient|klient|barn|mor|far|forælder"
    r"|pårørende|kontaktperson|ansøger|ansvarlig|værge|modtager|afsender|sagsbehandler|til|fra|cc|deltagere?"
    r"|(?:first|last|full|given|family|middle|sur)[_ ]?name|name|employee|citizen|student|pupil)"
    r"[\"']?\s*[:=]\s*[\"']?$",
    re.IGNORECASE,
)
# A surname's own field, in a form or in JSON: "Efternavn: Fjeldsted", '"last_name": "Rørvig"'.
_SURNAME_FIELD_BEFORE = re.compile(r"(?:efternavn|surname|(?:last|family)[_ ]?name)[\"']?\s*[:=]\s*[\"']?$", re.IGNORECASE)
# Fields whose name ends like a person's label but hold a thing's name: "Brugernavn: PRRA" is a login.
_THING_NAME_FIELD = re.compile(
    r"(?:(?:bruger|fil|firma|vej|gade|by|sted|projekt|skole|institutions|afdelings|produkt|kursus|domæne|server|vært|mappe"
    r"|konto|enheds|login|user|file|company|project|host)navn|(?:user|file|company|project|host)[_ ]?name)[\"']?\s*[:=]\s*[\"']?$",
    re.IGNORECASE,
)


#: Heads of firms' names that also end compounds ("Kontorservice", "Byggerådgivning"); long enough that no
#: name ends in one.
_FIRM_HEADS_IN_COMPOUNDS = tuple(h for h in ORGANISATION_HEADS if len(h) >= 7)


#: Where a result keeps its candidate's flags.
SURE_KEY = "promptvagt_sure"
FIRST_NAME_KEY = "promptvagt_first_name"

# A quoted mail or forum post names its writer after a time: "Den 3. mar. 2026 kl. 10.12 skrev Hanne Jensen
# <hanne@…>:", "On Tue, Mar 3, 2026 at 10:12 AM Hanne Jensen wrote:", "25-04- 2006 13:48 skrev KimHong".
_SENDER_AFTER_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|am|pm))?,?\s+(?:skrev|wrote)\s+"
    r"([^\s<>:,;()\[\]\"]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)*){0,3})"
)
# A chat's speaker named in words (with a surname's initial: "Rowena V"); initials are person_initials' own.
_CHAT_SPEAKER = chat_speakers(r"[A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]*\.?){0,3}")
# A family by its surname, the English way round or as a compound: "the Bennett family", "Lindholt-familien" (the Danish
# "familien Olsen" is a cue).
_FAMILY_BY_ITS_SURNAME = re.compile(
    r"\bthe\s+([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?)\s+family\b"
    r"|\b([A-ZÆØÅ][^\W\d_]+)-famili(?:en|ens|e)\b"
)
# (not "the Royal family", "the host family", "the Ukrainian family")
_FAMILY_ADJECTIVES = frozenset("royal host foster whole same new other nuclear extended entire own happy typical danish english".split())
# A message's writer naming themself after its greeting, in lower case as texts are typed: "hej louise det er sanne."
_SELF_NAMED = re.compile(r"(?:^|[\"“])[ \t]*(?:hej|hejsa|hey|hi|godmorgen)\b[^\n.!?]{0,25}?\bdet\s+er\s+([a-zæøå]{2,})\b", re.IGNORECASE | re.MULTILINE)
# … or saying who they are at a sentence's end: "Borger: ja tak. jeg er hanne", "og jeg er nivi" (a first name only).
_I_AM = re.compile(r"\bjeg\s+er\s+([a-zæøå]{2,})(?=[ \t]*(?:[.!,\"”]|$))", re.IGNORECASE | re.MULTILINE)
# … or a caller or a writer heading a note in lower case: "lejla ringede kl 10.40", "bjørn har ringet syg igen".
_CALLER_HEADING_A_LINE = re.compile(
    r"^[ \t]*([a-zæøå]{2,})[ \t]+(?:har[ \t]+)?(?:ringede|ringet|ringer|skrev|skrevet|skriver|sms'ede|sms'et|mailede|mailet)\b", re.MULTILINE
)
_SENDER_BEFORE_WROTE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|am|pm))?,?\s+([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+){0,3})"
    r"(?:\s*<[^>\n]{1,80}>)?\s+wrote:"
)


# A relative or a colleague named right after the word for the relation and whose relative it is: "min søn Ask", "hendes
# bror Sol", "sønnen Emre", "storebror Emre", "min kollega Trang". A capitalised word there is a name even when it is also an
# ordinary word. (Not a friend: a child's friend may be a toy or an animal, "hans ven Mormor", "hendes ven Marsvinet Max".)
_RELATIVE_BEFORE = Guarded(re.compile(
    r"(?<![\w-])(?:(?:min|mit|din|dit|hans|hendes|sin|sit|vores|jeres|deres|my|his|her|our|their)\s+"
    r"(?:søn|datter|bror|søster|lillebror|storebror|lillesøster|storesøster|mor|far|kone|hustru|mand|kæreste|barnebarn"
    r"|kollega|son|daughter|brother|sister|wife|husband|colleague)"
    r"|sønnen|datteren|broren|søsteren|lillebroren|storebroren|lillesøsteren|storesøsteren|kollegaen"
    r"|storebror|lillebror|storesøster|lillesøster) $",  # ("storebror Emre tolker": no one else's big brother)
    re.IGNORECASE,
))
# A staff role in brackets right after a name: "(SSP-konsulent)", "(afdelingsleder)", "(TR)".
_STAFF_ROLE_AFTER = re.compile(
    r"[ \t]*\((?:[\w-]*(?:konsulent|leder|sagsbehandler|pædagog|lærer|sygeplejerske|rådgiver|medarbejder|assistent|hjælper"
    r"|terapeut|psykolog|jurist|chef|formand|koordinator|vejleder|mentor)\w*|TR|AMR|SSP|PPR)[^()\n]{0,20}\)"
)
# An acronym with a Danish ending after an apostrophe: "SFO'en", "PPR's", "MED'erne".
_INFLECTED_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,}['’](?:en|et|erne|ene|er|ens|ets|s)")
# A word cut short with more after its dot, as a column's name is: "Medarb.nr", "Tlf.nr.".
_ABBREVIATED_AFTER = re.compile(r"\.[a-zæøå]")
# The word before a position, with only a space (or " of ") between: a cue right before a name.
_CUE_THEN_SPACE = re.compile(r"(?<![\w-])([^\W\d_]+)(?: of)? $")
# A month before a year or a day: "Jan 2025", "Jan. 3".
_YEAR_AFTER = re.compile(r"\.?\s+(?:\d{4}|\d{1,2}\b)")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept okt oct nov dec".split())
# … or before another month in a range: "jan.–maj", "Jan-Mar".
_MONTH_RANGE_AFTER = re.compile(
    r"\.?\s*[–-]\s*(?i:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zæøå]*\b"
)
# Months' abbreviations in lower case; two in a line make "jan" one too: "sygedage jan;sygedage feb", "(jan) … (mar)".
_OTHER_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|sept|okt|nov|dec)\b")
# … and in any case, three in a line: a table's columns by month ("Kolonner: Team, Jan, Feb, Mar … Dec").
_MONTHS_ANY_CASE = re.compile(r"\b(?i:jan|feb|mar|apr|maj|jun|jul|aug|sep|sept|okt|nov|dec)\b")
# English months that are first names too, after an English word for time: "from August", "in April".
_ENGLISH_MONTHS = frozenset("april may june july august".split())
_ENGLISH_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Danish weekdays abbreviated, heading a rota's rows or cells: "| Tor | Dennis |" under "| Man | Gitte |" (three or more).
_WEEKDAY_ABBREVIATIONS = frozenset("Man Tir Tirs Ons Tor Tors Fre Lør Søn".split())
_WEEKDAY_CELL = re.compile(r"(?m)(?:^|[|;\t])[ \t]*(Man|Tirs?|Ons|Tors?|Fre|Lør|Søn)[ \t]*(?=[|;:\t])")
# … or heading a calendar's line before a time: "Man 08.00: Formøde", "Tor 19.00: Privat".
_WEEKDAY_BEFORE_A_TIME = re.compile(r"(?m)^[ \t*-]*(Man|Tirs?|Ons|Tors?|Fre|Lør|Søn)[ \t]+\d{1,2}[.:]\d{2}\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\.?\s+$")  # "12 June", "1st June"
# A mail address's or a web address's domain, without its top level: "@hessellund.dk", "www.kirkeloekke-skole.dk".
_MAIL_OR_WEB_DOMAIN = re.compile(r"(?:@|\bwww\.)((?:[\w-]+\.)*[\w-]+)\.(?:dk|com|org|net|eu|se|no|de|nu|info|gl|fo)\b", re.IGNORECASE)
# A mail address's own part, one word: "postrum@", "borgerservice@".
_MAILBOX = re.compile(r"(?<![\w.-])([^\W\d_]+)@[\w-]+\.")
# (the Danish letters as the rest of the engine writes them plain, and the accents addresses drop)
_ASCII_LETTERS = str.maketrans({**{k: v for k, v in PLAIN_LETTERS.items() if k.islower()}, "é": "e", "ü": "u", "ö": "o", "ä": "a"})


def _as_in_an_address(word: str) -> str:
    """A word as a mail or web address spells it: lower case, Danish letters in ASCII ("Præglund" -> "praeglund")."""
    return word.lower().translate(_ASCII_LETTERS)


# The CPR number's own labels, which no name is.
_CPR_WORDS = ("cpr", "personnummer", "personnr")
# A CPR number right after a name, perhaps after a comma, a colon or a bracket: the name is a living person's.
_CPR_NUMBER_AFTER = re.compile(r"[ \t]*[,(:]?[ \t]*(?:cpr(?:-?nr)?\.?:?[ \t]*)?\d{6}[ \t]*[-–./]?[ \t]*\d{4}(?!\d)", re.IGNORECASE)
# A month's abbreviation alone in brackets: "Ordblindetesten (jan.): rød kategori".
_MONTH_IN_BRACKETS = re.compile(r"\.?[ \t]*\)")
# A Danish word for a time before a month's abbreviation in lower case: "siden jan.", "fra feb", "primo mar".
_DANISH_TIME_BEFORE = re.compile(r"\b(?:siden|fra|i|til|indtil|efter|før|primo|medio|ultimo|start|slut)\s+$")
# An English month after another and a word for a range: "from March to August".
_ENGLISH_MONTH_RANGE_BEFORE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:to|until|till|through|[–-])\s+$",
    re.IGNORECASE,
)
_ENGLISH_TIME_BEFORE = re.compile(r"\b(?:from|in|since|until|till|by|through|early|late|mid|during|before|after|next|last|this|each|every"
                                  r"|ended|ends|started|starts|began|begins|finished|finishes)\s+$")
# "HR" in capitals is the department, not the title "hr." before a name.
_HR_DEPARTMENT = re.compile(r"(?<![\w])HR\.?\s+$")  # (also ending a sentence: "Hej HR. Må vi …")
# Names joined by "og", "eller" or a comma, a short code after a name allowed ("clara V, william S").
_JOIN = r"(?P<join>\s*,\s*|\s+(?:og|eller|and|or|&)\s+)"
# A list of three single capitalised words or more, joined by commas and "og" ("Helle, Saga, Ib, Nasrin og Per"), a
# surname's initial allowed after one ("Noah S."); its items, as ``_LIST_ITEM`` finds them.
_ONE_WORD_ITEM = r"[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?(?:[ \t]+[A-ZÆØÅ]\.)?"
_ONE_WORD_LIST = re.compile(rf"(?<![\w.-]){_ONE_WORD_ITEM}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:og|and|&)[ \t]+){_ONE_WORD_ITEM}){{2,}}(?![\w-])")
_LIST_ITEM = re.compile(r"[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?")
_JOINED_AFTER = re.compile(rf"(?:[ \t]+[^\W\d_]{{1,2}}\b\.?){{0,2}}{_JOIN}(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)\b")
_JOINED_BEFORE = re.compile(rf"\b(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)(?:[ \t]+[^\W\d_]{{1,2}}\b\.?){{0,2}}{_JOIN}$")
# English adjectives of nationality before a noun: "Swedish", "Ukrainian", "Vietnamese", "Eritrean".
_DEMONYM_ENDINGS = ("ian", "ish", "ese", "ean")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# An indefinite article and adjectives before a lower-case word make it a noun: "en rigtig flink karl".
# (adjectives only between them: "en sms til jonas" sends to Jonas)
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:en|et|a|an)\s+(?:(?!(?:til|med|fra|om|hos|for|af|ved|og|eller|to|from|for|with|and|or)\s)[a-zæøå]+\s+){0,2}$"
)
# A capitalised word right before: a homograph is then part of a proper noun ("Digital Post", "Park og Vej").
_AFTER_CAPITALISED_WORD = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-ZÆØÅ][\wæøå]+(?:\s+og)?\s+$")
# What a possessive pronoun at a sentence's start is followed by: "Hans datter kommer fredag" (not "Hans kommer").
_POSSESSED_AFTER = re.compile(
    r" (?:datter|søn|mor|far|kone|hustru|mand|bror|søster|børn|barn|familie|forældre|kæreste|ven|veninde|læge|sag"
    r"|bil|lejlighed|hus|hjem|værelse|medicin|økonomi|arbejde|job|skole|klasse|lærer|kontaktperson|pårørende|helbred"
    # how to reach him and what he uses: "Hans tlf 28 90 14 57", "Hans rollator er med"
    r"|tlf|telefon|telefonnummer|mobil|mobilnummer|nummer|mail|e-mail|adresse|konto|kontonummer|IBAN|cpr|CPR"
    r"|rollator|kørestol|seng|briller|høreapparat|nøgle|nøgler|taske|cykel)\b"
)
# The head of a bulleted item: its first word, then a dash, a colon or a bracket (group 2) or more words.
_LIST_HEAD = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?)(?:[ \t]*([–:(-])|[ \t]+[a-zæøå])", re.MULTILINE)
# A list's head made of a first name's initial and a surname, before what is said of them: "- G. Sølvhøj: sov uroligt".
_INITIALLED_HEAD = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?([A-ZÆØÅ]\.[ \t]?([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?))[ \t]*[:–(-]", re.MULTILINE
)
# A table's cell, and the words of a name it may hold, under a header that says it names people ("navn;timer;grund"
# over "d. petrović;14;ny på holdet").
_TABLE_CELL = re.compile(r"(?:^|(?<=[|;\t]))[ \t]*([^|;\t\n]{2,40}?)[ \t]*(?=[|;\t]|$)", re.MULTILINE)
_NAME_IN_A_CELL = re.compile(r"[^\W\d_]+\.?(?:[ -][^\W\d_]+\.?){0,3}")
# (the header's words all of these: "Navn", "Fulde navn", "Fornavn og efternavn"; not "Navn på aktivitet", "Projektnavn")
_NAME_HEADER_WORDS = frozenset("navn name fornavn efternavn fulde full first last og and".split())
# A nickname after a name: ' ("Mugge")', ' (kaldet "Sammi")'.
# A name with its CPR number in brackets: "Ethan (050716-9023)", "Nguyễn Thị Hoa (140694-2747)".
_NAME_BEFORE_CPR = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+){0,3})[ \t]*\([ \t]*(?i:cpr(?:-?nr)?\.?:?[ \t]*)?"
    r"\d{6}[ \t]?[-–]?[ \t]?\d{4}[ \t]*\)"
)
# A name heading a line with its CPR number right after it, alone, as a row's next field or before a note: "Zoe 0711154639",
# "Hassan Ali, 120314-4521", "Truong Thi Mai;050749-2169;KOL", "Holm, Else 0903301465 demens".
_NAME_HEADING_CPR = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?([A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+){0,3}|[A-ZÆØÅ][^\W\d_]+,[ \t]+[A-ZÆØÅ][^\W\d_]+)"
    r"(?:[ \t]+\d{1,2}\.?[ \t]?[a-zæøå]\b,?)?"  # a pupil's class between: "Viktor Aaskov 4.b, 110315-4827"
    r"(?:[ \t]+|[ \t]*[,;\t][ \t]*|[ \t]+[–-][ \t]+)"
    r"(\d{6})[ \t]?[-–]?[ \t]?(\d{4})(?![\d-])",
    re.MULTILINE,
)
# A surname written before its first name, heading a line or a cell: "Achterberg, Lene – 2003", "Haddad;Lina;011290-…".
_SURNAME_FIRST = re.compile(r"(?:^|(?<=[;\t|\"]))[ \t]*([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?)(?:,[ \t]*|;)\Z", re.MULTILINE)
_COMMA_ONLY = re.compile(r",[ \t]*")
# Words between two spaces, or one space: a name's particles, if any ("de la").
_PARTICLES_ONLY = re.compile(r" (?:[^\W\d_]+ )*")
# A name's last word of one or two letters after another word: an abbreviated middle name ("Henrik Aa" before ". Damgaard").
_ABBREVIATED_MIDDLE_NAME = re.compile(r"[^\W\d_] [A-ZÆØÅ][a-zæøå]?\Z")
_FIRST_NAME_AFTER_COMMA = re.compile(r",[ \t]*([A-ZÆØÅ][^\W\d_]+)")
# … and its first name ends the cell: a field's end, a dash, a bracket, a number or the line's end.
_CELL_END_AFTER = re.compile(r"[ \t]*(?:[;\t|\"(\d–—]|-[ \t]|$)", re.MULTILINE)
# A verb of saying right before or after a word: its speaker ("sagde Lundbæk", "Lundbæk forklarede").
_SAYING = r"(?:sagde|siger|fortæller|fortalte|forklarer|forklarede|skriver|skrev|mener|mente|svarer|svarede|spørger|spurgte)"
_SAID_BEFORE = re.compile(rf"\b{_SAYING}[ \t]+$", re.IGNORECASE)
_SAYS_AFTER = re.compile(rf"[ \t]+{_SAYING}\b")
# … or asks, calls or writes: "Kim har bedt mig svare på høringen".
# (or whose state a case note or a rota gives: "Kim er sygemeldt efter …", "Bo har ferie i uge 7")
_ACTS_AFTER = re.compile(
    rf"[ \t]+(?:{_SAYING}|bad|ringede|har[ \t]+(?:bedt|ringet|skrevet|sagt|fortalt|spurgt|ferie|fri|barsel|orlov)"
    r"|(?:er|var|bliver|blev)[ \t]+(?:sygemeldt|syg|indlagt|udskrevet|gravid|på[ \t]+(?:barsel|ferie|orlov)|fraværende|død|stoppet)"
    r"|døde|mødte[ \t]+(?:ikke|op)|udebliver|udeblev)\b"
)
# A number right before a word: "11,7 mio" (a unit, though "Mio" is a first name).
# English words a sentence may capitalise inside it, as the month: "not before May".
_ENGLISH_CAPITALISED_WORDS = frozenset({"may"})
# A number right after a word: "Reglerne gælder Per 1. januar" is a date's preposition.
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_NUMBER_JUST_BEFORE = re.compile(r"\d[ \t]+$")
# An age in words right before a word: "den 23-årige Kitt", "17-årige Kris" (a noun would be in lower case: "den 23-årige mand").
_AGE_BEFORE = re.compile(r"\b\d{1,3}-årige[ \t]+$")
# An acronym with a small letter inside: "AMiR" (no name starts with two capitals: "McDonald" does not).
# Agreements, reforms and plans in the definite, one word with a place or a word before: "Kanslergadeforliget".
_AGREEMENT_OR_REFORM = re.compile(r"\w{3,}(?:forliget|reformen|aftalen|overenskomsten|planen|pakken)$")
_MIXED_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,}[a-zæøå]+[A-ZÆØÅ]+|[a-zæøå][A-ZÆØÅ]{2,}")  # (also "eGFR", "mRNA")
# Units of a municipality named by an acronym, before their town: "PPR Kragsø", "SSP Vesterkær", "UU Nord".
_UNIT_ACRONYMS = ("PPR", "SSP", "UU", "FGU", "VUC", "KKR", "BUF", "PPV", "SFO", "DH", "LEV", "FDF", "DGI", "KFUM")
# A capitalised word or a unit's acronym after another word, only a space between: an institution's word and its
# name ("Plejecenter Engly", "PPR Kragsø").
_INSTITUTION_THEN_NAME = re.compile(
    rf"(?<![\w-])([A-ZÆØÅ][^\W\d_]{{3,}}|{'|'.join(_UNIT_ACRONYMS)}) ([A-ZÆØÅ][^\W\d_]+)(?![\w-])"
)
# … and a name no list holds before an institution's word: "Hjortsvig Roklub", "Digebo Ældrecenter".
_NAME_THEN_INSTITUTION = re.compile(r"(?<![\w-])([A-ZÆØÅ][^\W\d_]{2,}) ([A-ZÆØÅ][^\W\d_]{3,})(?![\w-])")
_CAPITALISED_WORD_ENDING = re.compile(r"[A-ZÆØÅ][^\W\d_]+ $")
_CAPITALISED_NEXT = re.compile(r" [A-ZÆØÅ]")
# A first name's initial right before a word: "A. Kaya".
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÆØÅ]\.[ \t]?$")
# A full stop right after a word, then a comma or a colon: an abbreviation ("komm.,", "adm.:").
_ABBREVIATION_DOT = re.compile(r"\.[,:;]")
# An English genitive's ending: "Lindå Municipality's".
_ENGLISH_GENITIVE = re.compile(r"['’]s$")
# A speaker's label heading a line of a transcript: "HANAN: Tak."
_SPEAKER_LABEL = re.compile(r"^[ \t]*([^\s:]+)[ \t]*:", re.MULTILINE)
# A word's own characters around a repeated part, and the pieces of a word between apostrophes ("Sherwan's").
_WORD_CHARACTER = re.compile(r"[\w-]")
_APOSTROPHE_PIECE = re.compile(r"[^'’]+")
# A speaker says a sentence after the label; a field holds a value ("IBAN: DK50 …", "CLASS: Restricted").
_SAID_AFTER = re.compile(r"[ \t]+[^\W\d_][^\n]*?\s\S+\s\S+")
# A chat's speaker by one capitalised word heading a line: "Thu: jeg er syg i dag".
_ONE_WORD_SPEAKER = re.compile(r"^[ \t]*([A-ZÆØÅ][^\W\d_A-ZÆØÅ]+)[ \t]*:(?=[ \t]+[^\W\d_][^\n]*?\s\S+\s\S+)", re.MULTILINE)
# A login made of a first name and a surname: "mads.kjeldsen" (not inside an address, a domain or a file's name).
_LOGIN_NAME = re.compile(r"(?<![\w.@/-])([a-zæøå]{2,})\.([a-zæøå]{3,}(?:-[a-zæøå]{3,})?)(?![\w@-]|\.\w)")
# What people call someone, in quotes: 'hendes kolleger kalder hende "Ksyu"', 'they call him "Mo"'.
_CALLED = re.compile(
    r"\b(?:kalder|kaldte|kalde)\s+(?:hende|ham)(?:\s+(?:bare|altid|for))?\s+[\"“„»'‘]([A-ZÆØÅ][^\W\d_]+)[\"”«'’]"
    r"|\b(?:calls?|called)\s+(?:her|him)(?:\s+just)?\s+[\"“'‘]([A-Z][^\W\d_]+)[\"”'’]"
)
# A date's year right before a header's time: "20-05-2007 19:13 skrev …", "2. dec. 2026 kl. 14.03 skrev …".
_YEAR_BEFORE = re.compile(r"\d\d,?[ \t]+(?:kl\.?[ \t]+)?\Z")
_PREPOSITION_BEFORE = re.compile(r"\b(?:i|in|på|fra|from|til|to|ved|at|near)\s+$", re.IGNORECASE)
# A capitalised word with an age in brackets: "Nova (4 år)", "Ronî (7)", "Liam (7 år, 1.B)".
_NAME_BEFORE_AGE = re.compile(r"(?<![\w-])([A-ZÆØÅ][^\W\d_]+)[ \t]*\([ \t]*(\d{1,3})[ \t]*(år\b|årig\b)?[ \t]*[),]")
# … or with a school class: "Hjalte (3.B) græd", "Saga (6.C) skrev", "Lykke (5.b, Egeskolen)".
_NAME_BEFORE_CLASS = re.compile(r"(?<![\w-])([A-ZÆØÅ][^\W\d_]+)[ \t]*\([ \t]*\d{1,2}\.[ \t]?[A-Za-zÆØÅæøå][ \t]*[),]")
_NICKNAME_AFTER = re.compile(
    r"\s*\(\s*(?:kaldet\s+|aka\s+)?(?:[\"“„'‘]([A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)?)[\"”'’]"
    # (after "kaldet" in the brackets the quotes may be left out: "Ole Friis (kaldet Bamse)")
    r"|(?<=kaldet\s)((?-i:[A-ZÆØÅ])[^\W\d_]+(?:-[^\W\d_]+)?))\s*[),]"  # (or more after a comma: '(kaldet "Mulle", 16)')
    # or said after a dash or a comma: 'Jørgen Holm – af alle kaldt "Holmer" –'
    r"|\s*[–,-]\s*(?:af\s+alle\s+|af\s+de\s+fleste\s+|også\s+)?(?:kaldt|kaldet|kaldes)\s+[\"“„'‘]([A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)?)[\"”'’]"
    # (without quotes between commas or dashes: "Kirsten Hørdum, kaldet Kis, døde …")
    r"|\s*[–,]\s*(?:af\s+alle\s+|også\s+)?(?:kaldt|kaldet)\s+((?-i:[A-ZÆØÅ])[^\W\d_]+)(?=\s*[,–])"
    # or known as: 'Karen Høj, kendt af alle som "Kål-Karen", døde', 'Karen Høj, som alle kender som "Kål-Karen"'
    r"|\s*,\s*(?:som\s+alle\s+kender\s+som|kendt\s+(?:af\s+(?:alle|de\s+fleste)\s+)?som)\s+[\"“„'‘]?((?-i:[A-ZÆØÅ])[^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])"
    # or a byname of a word and a first name between dashes, or quoted between commas after an age: "Karen Høj – Kål-Karen
    # – stod", 'Karen Høj (93), "Kål-Karen", tager'
    r"|\s*–\s*((?-i:[A-ZÆØÅ])[^\W\d_]+-(?-i:[A-ZÆØÅ])[^\W\d_]+)\s*–"
    r"|(?:\s*\(\d{1,3}(?:\s*år)?\))?\s*,\s*[\"“„]((?-i:[A-ZÆØÅ])[^\W\d_]+(?:-[^\W\d_]+)?)[\"”]\s*,"
    # or a birth name: "Jytte Overgaard f. Lund", "Ruth Berg, født Madsen", "Anne Lee (née Carter)"
    r"|,?\s+\(?(?:f\.|født|née|nee)\s+((?-i:[A-ZÆØÅ])[^\W\d_]+(?:-(?-i:[A-ZÆØÅ])[^\W\d_]+)?)(?![\w-])"
)
# The small words inside names from many countries: "Rhea delos Reyes", "Ahmad bin Said", "Rúni á Ryggi".
_NAME_PARTICLES = frozenset(
    "van von der den de da di du dos das del della dela delos las la le bin ibn al el ter ten af av zu y e binti bint "
    "abu san santa á í við ould mac".split()
)
# … of which these join a first name to a surname no list holds, a name the pipeline may miss: the Faroese ones before a
# place-name surname ("Hallur á Steig"), and those of Southern Europe, the Netherlands and the Arab world, also after a
# first name that is a word too, opening a sentence ("Manuel da Costa bor …", "Kees van Dijk"). Not the Danish words among
# them ("den", "der", "af", "e", "y": "Christian den Fjerde" is a king).
_PARTICLES_BEFORE_A_SURNAME = frozenset(
    "á í við úr da das do dos de di du del della dela delos van von ter ten bin ibn binti bint al el abu".split()
)
# The capitalised word right after a span: "Kaj Munk Pedersen" is no figure but a namesake with a surname more.
_CAPITALISED_WORD_AFTER = re.compile(r" ([A-ZÆØÅ][^\W\d_]+)")
# Where a field's name starts: a line's start or another field's end ("| Stilling:", "; Afdeling:").
_FIELD_START = re.compile(r"(?:^|[|;\t])[ \t]*\Z", re.MULTILINE)
# A role written as a label before a name: "Beboer Helmer Brix – nyrediæt".
_ROLE_LABELS = frozenset("beboer borger elev patient klient medarbejder ansat pårørende bruger deltager ansøger".split())


#: Endings of Danish places' names besides the towns' (``town_by_its_ending``): a valley, an islet, a wood, a beach.
_PLACE_NAME_TAILS = ("dal", "holm", "skov", "strand", "næs", "hede", "vang", "toft", "gård", "gaard")
#: The last parts of Danish roles joined from two words: "Vagtleder", "Skiftleder", "Køkkenchef", "Teamkoordinator".
_ROLE_TAILS = ("leder", "chef", "koordinator", "konsulent", "assistent", "medarbejder", "hjælper", "mester", "vagt", "ansvarlig")
#: The ends of offices held by one person, before their holder's name: "Borgmester", "Kommunaldirektør", "Udvalgsformand".
_OFFICE_TAILS = ("leder", "chef", "koordinator", "mester", "direktør", "formand", "rådmand")


def _words_before_in_its_sentence(text, start, count=2) -> list[str]:
    """The last ``count`` words before ``start``, not across a question's or an exclamation's end: a cue there names no
    one in the next sentence ("… til familien? De skal have buskort")."""
    window = text[max(0, start - 60) : start]
    window = window[max(window.rfind("?"), window.rfind("!")) + 1 :]
    return words_before(window, len(window), count=count)


def _words_of(text, parts):
    """(start, end, word) where ``text`` writes one of ``parts`` (or its genitive in -s) as a word of its own, not inside a
    longer or hyphenated word (a pattern of the parts would be compiled anew for every text)."""
    for m in WORD.finditer(text):
        word = m.group().rstrip("'’")
        # the whole word ("O'Neill"), else its pieces between apostrophes ("Sherwan" in "Sherwan's")
        pieces = [(m.start(), word)] if _is_part(word, parts) else [
            (m.start() + p.start(), p.group()) for p in _APOSTROPHE_PIECE.finditer(word) if _is_part(p.group(), parts)]
        for start, piece in pieces:
            if starts_a_word(text, start) and not _WORD_CHARACTER.match(text, start + len(piece)):
                yield start, start + len(piece), piece


def _definite_compound(lowered: str, names) -> bool:
    """Is ``lowered`` a long word in the definite whose stem ends in an ordinary word of four letters or more
    ("kystdyr|vagt|en", "pindsvine|hjælp|en")? Not a patronymic: its stem ends in the genitive's s ("mortens|en")."""
    if len(lowered) < 9 or not lowered.isalpha():
        return False
    for ending in ("en", "et"):
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and not stem.endswith("s") and any(is_common_word(stem[cut:], names, inflected=False)
                                            for cut in range(3, len(stem) - 3)):
            return True
    return False


def _first_name_ending_a_cell(text, start, end, names) -> bool:
    """Is ``text[start:end]`` a first name that ends its cell ("Lene" in "Achterberg, Lene – 2003")?"""
    return (lookup(text[start:end], names, frozenset())[0] in ("first", "both", WIDE)
            and bool(_CELL_END_AFTER.match(text, end)))


def _is_part(word, parts) -> bool:
    return word in parts or (word.endswith("s") and word[:-1] in parts)


class DkPersonRecognizer(EntityRecognizer):
    """Recognize persons' names in Danish text."""

    #: It reads the spaCy pipeline's entities; the scanner runs the recognizers that do not beside the pipeline.
    READS_THE_PIPELINE = True

    CONTEXT = [
        "borgeren", "borger", "fru", "hr", "frk", "barnet", "barn", "sønnen", "søn", "datteren",
        "datter", "medarbejderen", "medarbejder", "kollega", "kollegaen", "eleven", "elev",
        "patienten", "beboeren", "klienten", "ansøgeren", "moderen", "faderen", "moren", "faren",
        "mor", "far", "mormor", "morfar", "farmor", "farfar", "søster", "søsteren", "bror",
        "broren", "ægtefællen", "hustru", "manden", "kæresten", "pigen", "drengen", "kære",
        # the rest of a family: "storebror Emre tolker", "moster Hiba", "sin svigersøn Karim"
        "storebror", "lillebror", "storesøster", "lillesøster", "storebroren", "lillebroren", "storesøsteren",
        "lillesøsteren", "halvbror", "halvsøster", "stedfar", "stedmor", "bedstemor", "bedstefar", "farbror", "morbror",
        "faster", "moster", "onkel", "tante", "fætter", "kusine", "nevø", "niece", "svigersøn", "svigerdatter",
        "svigermor", "svigerfar", "barnebarn", "sønnesøn", "datterdatter",
        "hej", "hilsen", "mvh", "leder", "lederen", "sagsbehandler", "lærer",
        # the parties of a complaint and the staff who visit: "Klageren Nomvula Sithole", "hjemmehjælperen Dorota"
        "klageren", "indklagede", "hjemmehjælperen", "vikaren",
        "pædagog", "navn", "navnet", "hedder", "kaldet", "kontaktperson", "pårørende", "ven", "vennen",
        "veninde", "veninden", "kammerat", "kammeraten", "klassekammerat", "forældre", "forælder", "forældrene",
        # a family by its surname: "familien Olsen", "hos plejefamilien Bruun", "the family Shevchenko"
        "familien", "plejefamilien", "aflastningsfamilien", "netværksfamilien", "værtsfamilien", "family",
        # English, for prompts written or pasted in English: "Dear Mrs. Okonkwo", "mother of Ethan".
        "mr", "mrs", "ms", "miss", "dear", "mother", "father", "son", "daughter", "wife", "husband",
        "colleague", "pupil", "student", "resident", "citizen", "patient", "client", "parents",
    ]
    # Cues that greet or name rather than place someone in a case: "har fået navn efter Florence Nightingale".
    NAMING_CUES = frozenset("kære hej hilsen mvh navn navnet hedder kaldet dear".split())
    # These cues are so strong that any capitalised word after them is a name.
    STRONG_CUES = frozenset("fru hr frk kære hedder navn navnet mr mrs ms miss dear "
                            "familien fam plejefamilien aflastningsfamilien netværksfamilien værtsfamilien".split())
    TITLES = frozenset("fru hr frk mr mrs ms miss".split())
    # Right after these a lower-case word that is no ordinary word is a name too: "hej mattson",
    # "mvh tigist", "han hedder goergh bush" (people greet, sign and name in lower case; "hej alle" does not).
    # Not "kære": "kære forældre", "kære ansættelsesudvalg" greet groups in words the word list lacks.
    LOWER_CASE_CUES = frozenset("hej hejsa hilsen mvh hedder".split())
    LOWER_CASE_CUE = re.compile(rf"\b(?:{'|'.join(LOWER_CASE_CUES)})\b", re.IGNORECASE)
    # Non-person entities from the pipeline that may hide a name-list hit.
    BLOCKING_LABELS = {"LOCATION", "ORGANIZATION"}

    def __init__(self, supported_language: str = "da", supported_entity: str = "PERSON", context=None, name=None):
        super().__init__(
            supported_entities=[supported_entity],
            supported_language=supported_language,
            context=[],  # cues are scored here, see context_words
            name=name,
        )
        self.cues = frozenset(context or self.CONTEXT)
        self.case_cues = self.cues - self.NAMING_CUES

    def load(self) -> None:
        load_names()
        load_common_words()
        load_wide_first_names()

    def analyze(self, text, entities, nlp_artifacts=None):
        if "PERSON" not in entities:
            return []
        names, homographs = load_names()
        pipeline_people, pipeline_other, pipeline_places = self._pipeline_spans(nlp_artifacts)
        # a case's cue the pipeline took into a place or an organisation names a person: "Klageren Nomvula Sithole"
        cued = [(s, e) for s, e in pipeline_other if self._cue_and_capitals(text, s, e)]
        # … and so does an office before a first name and a surname: "Borgmester Gemma Whitfield"
        held = {(s, e): holder for s, e in pipeline_other if (holder := self._office_holder(text, s, e, names))}
        pipeline_people += cued + list(held.values())
        pipeline_other = [span for span in pipeline_other if span not in cued and span not in held]
        candidates = self._from_lists(text, names, homographs)
        if self._pipeline_ran(nlp_artifacts):
            candidates = [c for c in candidates if not c.needs_pipeline or any(s <= c.start and c.end <= e for s, e in pipeline_people)]
        candidates += [c for c in (self._check_pipeline_span(text, s, e, names, homographs) for s, e in pipeline_people) if c]
        candidates = [c for c in candidates if not inside_place_or_org(text, c, pipeline_other, names)]
        # (a namesake with a staff role in brackets after the name works here: "Niels Ebbesen (SSP-konsulent)")
        # (and a figure's surname alone before someone else's first name ending a cell: "Abildgaard, Knud – insulin"; and
        # a namesake with a surname more: "stue 7 Kaj Munk Pedersen")
        figures = [(s, e) for s, e in public_name_spans(text)
                   if not self._cue_before(text, s, self.case_cues) and not _STAFF_ROLE_AFTER.match(text, e)
                   and not self._first_name_after_comma(text, s, e, names)
                   and not ((more := _CAPITALISED_WORD_AFTER.match(text, e)) and (
                       names.get(more.group(1).lower()) in ("last", "both")
                       # one word of a figure before a surname no word list holds: "Moses Okafor"
                       or (" " not in text[s:e] and more.group(1)[1:].islower() and not is_common_word(more.group(1), {})
                           and not is_place(more.group(1)) and not is_brand(text[s:e]))))  # ("Renault Zoe": a model)
                   and not _CPR_NUMBER_AFTER.match(text, e)]  # a namesake with a CPR number: "Asta Nielsen, 120433-0634"
        figures += [(s, e) for s, e in listed_with_figures(text, figures) if not self._cue_before(text, s, self.case_cues)]
        figures += [(s, e) for s, e in plant_varieties(text, names) if not self._cue_before(text, s)] + product_models(text)
        figures += names_given_in_quotes(text)  # 'Vores nye lift hedder "Frode"'
        not_people = lists_of_places_and_things(text, names, pipeline_places)
        towns = towns_in(text, names)
        institutions = self._institutions_named(text, names)  # "Plejecenter Engly … bor på Engly"
        # the names of the text's mail and web domains: "mette@hessellund.dk" makes "HR Hessellund" the town's unit; a
        # mailbox named by a word too: "Postrum Præglund <postrum@praeglund.dk>" is the post room's
        domains = frozenset(label for m in _MAIL_OR_WEB_DOMAIN.finditer(text) for label in m.group(1).lower().split(".")) | \
            frozenset(m.group(1).lower() for m in _MAILBOX.finditer(text)
                      if len(m.group(1)) > 4 and names.get(m.group(1).lower()) is None and is_common_word(m.group(1), names))
        candidates = self._without_places_and_history(text, candidates, names, figures, not_people, towns, institutions, domains)
        candidates += [
            c for c in self._coordinated(text, candidates, names, homographs, pipeline_other)
            if not inside_place_or_org(text, c, pipeline_other, names)
        ]
        candidates += self._listed_with_names(text, candidates, names)
        candidates += [
            c for c in self._list_heads(text, candidates, names)
            if not inside_place_or_org(text, c, pipeline_other, names)
        ]
        candidates += [c for c in self._initialled_heads(text, names) if not inside_place_or_org(text, c, pipeline_other, names)]
        candidates += self._chat_speakers(text, candidates, names)
        candidates += [c for c in self._names_in_a_name_column(text, names) if not inside_place_or_org(text, c, pipeline_other, names)]
        candidates += self._senders(text, names)
        for m in _FAMILY_BY_ITS_SURNAME.finditer(text):
            surname = m.group(m.lastindex)  # (the English form's group or the compound's, whichever matched)
            if not is_place(surname) and surname.lower() not in _FAMILY_ADJECTIVES \
                    and not (surname.endswith(_DEMONYM_ENDINGS) and names.get(surname.lower()) is None):
                candidates.append(Candidate(m.start(m.lastindex), m.end(m.lastindex), AFTER_STRONG_CUE, sure=True))
        candidates += [c for c in self._with_a_cpr_number(text, names) if not inside_place_or_org(text, c, [], names)]
        candidates += [c for c in self._with_an_age(text, names, homographs) if not inside_place_or_org(text, c, [], names)]
        candidates += self._surnames_before_first_names(text, candidates, names)
        candidates += self._nicknames(text, candidates)
        candidates += self._logins_and_calls(text, names, homographs)
        candidates += handles(text, names, homographs)
        candidates += self._repeated_parts(text, candidates)
        # "KW Ejendomme ApS": the initials of "Klaus Winther" in a firm's name are the firm
        candidates += [c for c in initials(text, candidates) if c.start < 0 or not inside_place_or_org(text, c, [], names)]
        people = self._merge(
            self._without_places_and_history(text, candidates, names, figures, not_people, towns, institutions, domains)
            + self._quote_authors(text, names))
        return [self._result(c) for c in self._one_name_each(text, people, names)]

    def _without_places_and_history(self, text, candidates, names, figures, not_people, towns, institutions, domains):
        """Leave out a town taken for a surname ("Bevtoft", "Viborgs"), a historical figure ("H.C. Andersen")
        and a brand named after someone ("Harald Nyborg").

        A case cue before it ("fru Kastrup", "borgeren Knud Rasmussen") makes it a person again, and a
        town that is also a first name ("Flemming") stays a name. ``figures``: where the text names a
        historical figure or a brand with no case cue; ``not_people``: items of lists of places or things; ``towns``:
        the towns of the text's addresses (``towns_in``); ``institutions``: the words it names institutions, units and
        teams by (``_institutions_named``); ``domains``: the labels of its mail and web domains; all found once per text by
        ``analyze``.
        """
        kept = []
        # "Ronja Røverdatter … Ronja og Birk": a part of a figure's name alone is the figure
        figure_words = {w for s, e in figures for w in WORD.findall(text[s:e]) if len(w) > 2 and " " in text[s:e]}
        figure_words |= words_of_figures_named(text, figures)  # "Olsen-banden" … "Egon"
        town_words = {w for town in towns for w in town.split()}  # "Strandby Øster": its parts are places too
        full_name_words = {w for c in candidates for w in text[c.start : c.end].split() if c.start >= 0 and " " in text[c.start : c.end]}
        for c in candidates:
            if in_a_code(text, c) or a_word_in_a_pair(text, c, names) or a_word_in_a_list(text, c, names):
                continue
            if c.start >= 0 and foreign_words(text, c, names):
                continue  # a German noun or a Polish sentence's first word: "im Herbst", "Mit freundlichen Grüßen", "Proszę"
            if text[c.start : c.end] in figure_words:
                continue
            if text[c.start : c.end].islower() and (role := WORD.match(text, c.end + 1)) and role.group().lower() in ROLE_TITLES \
                    and text[c.end : c.end + 1] == " ":
                continue  # "HR and line manager only": an English role's first word ("Line" is a name too)
            if text[c.start : c.end] in _MONTHS_SHORT and text[c.end : c.end + 1] == ":":
                continue  # "- jun: mægling med ekstern konsulent": a month's label ("Jun" is a name too)
            if text[c.start : c.end].lower() in _POSSESSIVES and _LOWER_CASE_WORD_AFTER.match(text, c.end):
                continue  # '"Din far Mehmet Aydın …"': a possessive opening a sentence ("Din" is a surname too)
            if domains and (words := WORD.findall(text[c.start : c.end])) \
                    and (_as_in_an_address(words[0]) in domains or _as_in_an_address(words[-1]) in domains) \
                    and not any(names.get(w.lower()) in ("first", "both") for w in words) \
                    and (_HR_DEPARTMENT.search(text, max(0, c.start - 4), c.start) or not self._cue_before(text, c.start, self.case_cues)):
                continue  # "HR Hessellund", "Hessellund Svømmeland" beside "@hessellund.dk": the town or the organisation (not
                # "Mette Hansen" beside "mette@hansen.dk": a first name keeps a person)
            if text[c.start : c.end] in institutions and not self._cue_before(text, c.start, self.case_cues):
                continue  # the name of a care home, a team or a clinic in this text: "Plejecenter Engly", "Team Birk"
            value = text[c.start : c.end]
            if ((tail := value.rsplit("-", 1)[-1]) != value and tail[:1].isupper() and " " not in tail  # (not "Ella-Marie Skovhus")
                    and tail.lower().endswith(INSTITUTION_ENDINGS) and names.get(tail.lower()) is None):
                continue  # a place named after someone, joined by a hyphen: "Marie Krogh-Skolen", "Niels Bohr-Huset"
            if (text[c.end : c.end + 1] == ":" and value.istitle() and " " not in value and is_common_word(value, {})
                    and names.get(value.lower()) not in ("first", "both") and _FIELD_START.search(text, text.rfind("\n", 0, c.start) + 1, c.start)):
                continue  # a field's name after another field: "Medarbejder: Hanne Mørup | Stilling: familiebehandler"
            if (text[c.start - 1 : c.start] == "[" and text[c.end : c.end + 1] == "]" and is_common_word(value, {})
                    and names.get(value.lower()) not in ("first", "both")):
                continue  # a template's field: "[Navn], [Stilling], [Skole]" (not a first name: "Hej [Anne]")
            if in_table_header(text, c.start) and (
                is_common_word(value, {})
                or (value.isalpha() and names.get(value.lower()) is None
                    and (MARKDOWN_HEADER.match(text, text.rfind("\n", 0, c.start) + 1) or _ABBREVIATED_AFTER.match(text, c.end)))
            ):
                continue  # a column's name ("Navn;Cpr;Stilling", "| Sagsnr | Borger |", "Medarb.nr"), also when it is a surname too
            if " " not in text[c.start : c.end] and any(s <= c.start and c.end <= e for s, e in not_people):
                continue  # one word in a list of places or things; a full name stays a name
            if (first := value.split("–")[0].split("-")[0]).lower() in _MONTH_ABBREVIATIONS and first != value \
                    and " " not in value and _MONTH_RANGE_AFTER.match(text, c.start + len(first)):
                continue  # a range of months taken whole: "Lønsedler jan–mar 2026" (not "Jun-jun Bautista")
            if text[c.start : c.end].lower() in _MONTH_ABBREVIATIONS and (
                _YEAR_AFTER.match(text, c.end) or _MONTH_RANGE_AFTER.match(text, c.end)
                or _DAY_BEFORE.search(text, max(0, c.start - 10), c.start)
                or (text[c.start].islower() and _DANISH_TIME_BEFORE.search(text, max(0, c.start - 10), c.start))
                or (text[c.start].islower() and text[:c.start].rstrip(" \t").endswith("(") and _MONTH_IN_BRACKETS.match(text, c.end))
                or (text[c.start].islower() and len(_OTHER_MONTHS.findall(line_around(text, c.start))) > 1)
                or len(_MONTHS_ANY_CASE.findall(line_around(text, c.start))) > 2
            ):
                continue  # "Jan 2025: flytter til DK", "boligstøtte jan.–maj", "til 1 jan", "siden jan.", "(jan.)": a date
            if (text[c.start : c.end].lower() in _ENGLISH_MONTHS
                    and (_ENGLISH_TIME_BEFORE.search(text, max(0, c.start - 10), c.start)
                         or _ENGLISH_MONTH_RANGE_BEFORE.search(text, max(0, c.start - 20), c.start)
                         or _DAY_BEFORE.search(text, max(0, c.start - 10), c.start))):
                continue  # "starts from August", "11–12 June": a month in English
            if any(s < c.end and c.start < e for s, e in figures):
                continue  # also "Ole Rømer Observatoriet", a name the figure's name is part of
            if " " not in value and names.get(value.lower()) not in ("last", "both") and after_a_brand(text, c.start):
                continue  # a model after its maker named after someone: "Renault Zoe", "Skoda Octavia"
            if _ENGLISH_GENITIVE.sub("", text[c.start : c.end]).lower().removesuffix("s") in _ENGLISH_WEEKDAYS:
                continue  # "until Thursday's meeting", "visit on Saturdays"
            if text[c.start : c.end] in _WEEKDAY_ABBREVIATIONS and (
                    len(set(_WEEKDAY_CELL.findall(text))) > 2 or len(set(_WEEKDAY_BEFORE_A_TIME.findall(text))) > 1):
                continue  # "| Tor | Dennis | Yasmin |" among "| Man |", "| Tir |" rows: Thursday in a rota; "Tor 19.00: Privat"
                # after "Ons 09.00: …" in a calendar
            if _SURNAME_FIELD_BEFORE.search(text, max(0, c.start - 20), c.start):
                kept.append(c)  # a surname's field holds a surname, also one a town bears: '"efternavn": "Fjeldsted"'
                continue
            if is_place(value) and names.get(value.lower()) not in ("first", "both") and not (
                value.endswith("s") and names.get(value.lower()[:-1]) in ("first", "both")  # "Flemmings": a first name's genitive
            ) and not (
                self._cue_before(text, c.start) and not _PREPOSITION_BEFORE.search(text, max(0, c.start - 12), c.start)
            ) and not _INITIAL_BEFORE.search(text, max(0, c.start - 4), c.start) and not (
                value in full_name_words and not _CAPITALISED_WORD_AFTER.match(text, c.end)
                and not _PREPOSITION_BEFORE.search(text, max(0, c.start - 12), c.start)
            ):
                continue  # a town, unless a cue names it ("fru Kastrup"; "a son in Canada" lives there), an initial
                # opens it ("A. Kaya": a surname) or it is a word of a full name in this text, alone and not after a
                # preposition ("Milan Horvat, 2.A … Milan har svært ved at sidde stille"; "flytter til Milan" is the town)
            words = value.split()
            if ((any(w.removesuffix("s") in towns for w in words) or (len(words) == 1 and value in town_words))
                    and not self._cue_before(text, c.start)
                    and not any(names.get(w.lower()) in ("first", "both") for w in words)):
                continue  # a town of this text's addresses, alone or in an institution's name: "Tandplejen Birkmose"
            if (town_by_its_ending(value, names) and not c.sure and value not in full_name_words
                    and not self._cue_before(text, c.start) and not self._speaks(text, c)):
                continue  # "Hyldebjerg 6,9": a village no list holds, by its ending (not "Torben Skovsted" … "Skovsted",
                # nor "sagde Lundbæk": a village does not speak)
            if ((value in towns or (len(words) == 2 and words[0] in towns and names.get(words[0].lower()) is None))
                    and not self._cue_before(text, c.start)):
                continue  # "Strandby Øster"; a town's field or village, as a land register names it: "9e Kærsted Mark"
            kept.append(c)
        return kept

    def _coordinated(self, text, candidates, names, homographs, other_spans):
        """A word joined to a found name by "og" or a comma is a name too when it can be one: "Olivia og Storm",
        "Viggo Bisgaard og Ask", "Abdirizak og Magnus", "ahmed S, clara V, william S" (the letters are codes).
        A homograph counts only in the case its neighbour is written in; a place or an ordinary word never, nor
        a word no list knows after a mere comma ("Vestbyskolen, Kim Ravnsborg") or that the pipeline calls a
        place or an organisation ("Lyngbjerg and Gniezno")."""
        found, seen = [], {(c.start, c.end) for c in candidates}
        work = list(candidates)
        while work and len(found) < 200:
            c = work.pop()
            lower_case = text[c.start : c.start + 1].islower()
            neighbours = [m for m in (_JOINED_AFTER.match(text, c.end),) if m]
            before = _JOINED_BEFORE.search(text, max(0, c.start - 40), c.start)
            if before:
                neighbours.append(before)
            for m in neighbours:
                start, end = m.span("word")
                word, by_comma = text[start:end], "," in m.group("join")
                if (start, end) in seen or not self._joinable(word, lower_case, by_comma, names, homographs):
                    continue
                if any(s <= start and end <= e for s, e in other_spans) or _CAPITALISED_WORD_AFTER.match(text, end):
                    continue  # "Lyngbjerg and Gniezno"; "Hvidebæk Skole", "Le Klint": part of another name
                seen.add((start, end))
                kind, _ = lookup(word, names, homographs)
                joined = Candidate(start, end, LOWER_CASE_NAME if lower_case else FIRST_NAME, first_name=kind in ("first", "both", WIDE))
                found.append(joined)
                work.append(joined)
        return found

    def _listed_with_names(self, text, candidates, names):
        """A list of single words of which half or more are first names found is a list of names: its other words are
        names too, also those that are ordinary words or places as well ("Helle, Saga, Ib, Nasrin og Per", "Kasper, Rikke,
        Mo, Line"; not a list of things the pipeline took for names: "Garamond, Helvetica, Futura, Bodoni")."""
        found = {(c.start, c.end) for c in candidates if c.start >= 0}
        extra = []
        for m in _ONE_WORD_LIST.finditer(text):
            items = list(_LIST_ITEM.finditer(text, m.start(), m.end()))
            # (found, and first names the lists know: two things taken for names make no list of names)
            named = [i for i in items if any(s <= i.start() < e for s, e in found)
                     and lookup(i.group(), names, {})[0] in ("first", "both", WIDE)]
            if len(named) < 2 or 2 * len(named) < len(items):
                continue
            for i in items:
                word = i.group()
                if i in named or word.lower() in self.cues or word.lower() in ORGANISATION_WORDS or word.lower() in ROLE_TITLES \
                        or (word.lower() in FUNCTION_WORDS and len(word) < 3) or (i.start() == m.start() and self._at_sentence_start(text, i.start())):
                    continue
                if word in NOT_INITIALS or (word.endswith(DEFINITE_ENDINGS) and compound_of_words(word, names)):
                    continue  # a unit or a role ("Lise og Kamal, SFO Tvedsmark", "TR Lene Ottosen"), a place or a room in the
                    # definite ("Hilsen Bente og Yasmin, Stjernestuen")
                known = lookup(word, names, {})[0] in ("first", "both", WIDE)
                extra.append(Candidate(i.start(), i.end(), FIRST_NAME, first_name=known))
        return extra

    def _list_heads(self, text, candidates, names):
        """Items of a list about people start with their names: once two heads of a bulleted list are names,
        the other heads are names too ("- Aisha – spiser ikke svinekød", "- Mynte – nøddeallergi",
        "- Storm – astma"). A head that is an ordinary word counts only before a dash, colon or bracket
        ("- Husk madpakke" stays a word)."""
        heads = list(_LIST_HEAD.finditer(text))
        if len(heads) < 3:
            return []
        found = {(c.start, c.end) for c in candidates}
        named = [h for h in heads if any(s <= h.start(1) < e for s, e in found)]
        if len(named) < 2 or 2 * len(named) < len(heads):
            return []
        extra = []
        for h in heads:
            if h in named:
                continue
            word = h.group(1)
            if self._is_cue_or_stop_word(word) or word.lower() in ORGANISATION_WORDS or is_place(word):
                continue
            if not h.group(2) and ordinary_word(word, names):
                continue
            # (a first name the lists know outweighs the pipeline's organisation: "- Alfie læser højt med støtte")
            known = lookup(word, names, {})[0] in ("first", "both", WIDE)
            extra.append(Candidate(h.start(1), h.end(1), FIRST_NAME, first_name=known))
        return extra

    def _chat_speakers(self, text, candidates, names):
        """A chat's speaker is a person once two others heading its lines are named people: "Thu: jeg er syg i dag" among
        "Mikkel B: ok god bedring" and "Asta: jeg kan tage skranken" (a field's label is an ordinary word: "Status: …")."""
        named = {text[c.start : c.end] for c in candidates
                 if c.start >= 0 and text.startswith(":", c.end) and not text[text.rfind("\n", 0, c.start) + 1 : c.start].strip(" \t-*")}
        if len(named) < 2:
            return []
        return [Candidate(m.start(1), m.end(1), FIRST_NAME) for m in _ONE_WORD_SPEAKER.finditer(text)
                if m.group(1) not in named and not ordinary_word(m.group(1), names)
                and not self._is_cue_or_stop_word(m.group(1)) and not is_place(m.group(1))]  # (a role: "Sundhedschef: …")

    def _names_in_a_name_column(self, text, names):
        """A cell under a header that names people is a name, in whatever case it is typed ("navn;timer" over
        "d. petrović;14", "a. lyberth;0"); a cell of one ordinary word, a place or a cue is not ("navn" over "ukendt")."""
        found = []
        for m in _TABLE_CELL.finditer(text):
            value = m.group(1)
            if not _NAME_IN_A_CELL.fullmatch(value):
                continue  # (the cheap test first: the header is looked up only for a cell that could hold a name)
            header = column_header(text, m.start(1))
            if not header or not set(header) <= _NAME_HEADER_WORDS:
                continue
            words = WORD.findall(value)
            if len(words) == 1 and (is_common_word(value, names) or is_place(value) or self._is_cue_or_stop_word(value)):
                continue
            if all(w.lower() in FUNCTION_WORDS or self._is_cue_or_stop_word(w) for w in words):
                continue
            found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE))
        return found

    def _initialled_heads(self, text, names):
        """Two or more heads of a list made of an initial and a surname are people ("- G. Sølvhøj: sov uroligt",
        "- E. Ljungqvist: har spurgt efter datter"); a section's letter before a word is not ("A. Baggrund:")."""
        heads = [h for h in _INITIALLED_HEAD.finditer(text)
                 if not (self._is_cue_or_stop_word(h.group(2)) or h.group(2).lower() in ORGANISATION_WORDS or is_place(h.group(2))
                         or ordinary_word(h.group(2), names))]
        return [Candidate(h.start(1), h.end(1), FIRST_NAME) for h in heads] if len(heads) > 1 else []

    def _joinable(self, word, lower_case, by_comma, names, homographs) -> bool:
        lowered = word.lower()
        if lowered in FUNCTION_WORDS or lowered in self.cues or word.islower() != lower_case or is_place(word):
            return False
        kind, _ = lookup(word, names, homographs)
        if kind is not None:
            return kind != "last" or not lower_case
        return (not (lower_case or by_comma) and len(word) > 2 and not word.isupper() and not is_common_word(word, names)
                and not institution_name(word, names))  # "Julelotteriet og Bjarke"

    def _noun_after_an_article(self, text, start) -> bool:
        """Does an indefinite article, perhaps with adjectives, stand right before ``start`` with no cue for a
        person ("en rigtig flink karl"; not "en kollega mette")?"""
        return bool(_INDEFINITE_BEFORE.search(text, max(0, start - 40), start)) and not self._cue_before(text, start)

    def _cue_before(self, text, start, cues=None) -> bool:
        return nearest_cue(_words_before_in_its_sentence(text, start), cues or self.cues, prefix=False) is not None

    @staticmethod
    def _senders(text, names):
        """The writer named in a quoted mail's or post's header, or a chat's speaker with the line's time, is a person,
        whatever the name looks like ("KimHong", "[10:12] Rowena V:"); "kl. 14.30 skrev vi under", "skrev referatet"
        and "09:00 Status:" name no one. So is a first name a message's writer gives after its greeting ("hej det er
        sanne")."""
        found = []
        for pattern in (_SENDER_AFTER_TIME, _SENDER_BEFORE_WROTE):
            for m in pattern.finditer(text):
                first = m.group(1).split()[0]
                if first.lower() in FUNCTION_WORDS or (first.islower() and is_common_word(first, names)):
                    continue
                found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True))
        found += [Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True) for m in _I_AM.finditer(text)
                  if names.get(m.group(1).lower()) in ("first", "both")]
        found += [Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True) for m in _CALLER_HEADING_A_LINE.finditer(text)
                  if (names.get(m.group(1)) in ("first", "both") or m.group(1) in load_wide_first_names())
                  and m.group(1) not in FUNCTION_WORDS]
        # (after a greeting any word that is no ordinary word names the writer: "hej det er gurpreet", "… er ionela fra slipvej")
        found += [Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True) for m in _SELF_NAMED.finditer(text)
                  if names.get(m.group(1).lower()) in ("first", "both")
                  or not (is_common_word(m.group(1), names) or m.group(1).lower() in FUNCTION_WORDS or compound_of_words(m.group(1), names))]
        for m in _CHAT_SPEAKER.finditer(text):
            start, end = speaker(m)
            first = text[start:end].split()[0]
            if len(first) > 1 and not first.isupper() and not (
                    names.get(first.lower()) is None and ordinary_word(first, names)):
                # (an ordinary word, or two joined, heads a dated note: "Sygeplejenotat 02.12:")
                found.append(Candidate(start, end, AFTER_STRONG_CUE, sure=True))
        return found

    def _with_a_cpr_number(self, text, names):
        """A name with a CPR number in brackets after it is a person's, whatever the lists say ("Ethan (050716-9023)"),
        and so is a name heading a line with its CPR number right after it ("Zoe 0711154639", "Truong Thi Mai;050749-2169;KOL");
        a word for a person there is no name ("Barnet (…)", "Mor (…)"), and a cue or an ordinary word before the
        name is left out ("Kære Oksana Melnyk", "Beboer Kaj Thygesen")."""
        found = []
        for m in _NAME_BEFORE_CPR.finditer(text):
            words = list(WORD.finditer(text, m.start(1), m.end(1)))
            while len(words) > 1 and (words[0].group().lower() in self.cues or (
                    is_common_word(words[0].group(), names) and not names.get(words[0].group().lower()))):
                words.pop(0)
            if any(w.group().lower() in FUNCTION_WORDS or w.group().lower() in self.case_cues or w.group().lower().startswith(_CPR_WORDS)
                   for w in words):
                continue  # (nor the number's own label: "sin datters CPR (150920-4620)")
            found.append(Candidate(words[0].start(), m.end(1), AFTER_STRONG_CUE, sure=True))
        for m in _NAME_HEADING_CPR.finditer(text):
            words = [w.group() for w in WORD.finditer(text, m.start(1), m.end(1))]
            if (cpr_birth_date(m.group(2) + m.group(3)) is None
                    or any((w.lower() in FUNCTION_WORDS and not names.get(w.lower())) or w.lower() in self.cues for w in words)
                    or (is_common_word(words[0], names) and not names.get(words[0].lower()))
                    or (len(words) == 1 and not names.get(words[0].lower()) and compound_of_words(words[0], names))
                    or words[-1].lower().endswith(OTHER_NUMBER_LABEL_ENDINGS) or any(w.lower().startswith(_CPR_WORDS) for w in words)):
                continue  # "Konto …", "Borger …", "Kundenummer …", "Betalingsreference …": a label, a cue or a number that is no CPR
            found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True))
        return found

    def _with_an_age(self, text, names, homographs):
        """A name with an age or a school class in brackets is a person's ("Nova (4 år)", "Ronî (7)", "Aske (3.B)"): a
        known first name, or a word no list knows as a word, with any age; a word that is also an ordinary word only
        with "år" and not in the definite ("Nova (4 år)"; "Projektet (2 år)" and "Deltagere (7)" stay words); a place
        only when it is a first name too ("Bo (3 år)")."""
        found = []
        for m in _NAME_BEFORE_AGE.finditer(text):
            word = m.group(1)
            if word.lower() in FUNCTION_WORDS or word.lower() in self.cues or int(m.group(2)) > 110:
                continue
            kind, homograph = lookup(word, names, homographs)
            if is_place(word) and kind not in ("first", "both"):
                continue
            if not (kind in ("first", "both", WIDE) and not homograph) and is_common_word(word, names) and not (
                m.group(3) and not word.lower().endswith(DEFINITE_ENDINGS)
            ):
                continue
            found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True))
        for m in _NAME_BEFORE_CLASS.finditer(text):
            # a first name, even one that is a word too ("Saga", "Lykke"), or a word no list knows as a word or a place;
            # not a place the class goes to ("turen til Lindenhagen (8.b)")
            word = m.group(1)
            if word.lower() in FUNCTION_WORDS or word.lower() in self.cues \
                    or _PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            if lookup(word, names, homographs)[0] in ("first", "both", WIDE) or not (is_common_word(word, names) or is_place(word)):
                found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True))
        return found

    @staticmethod
    def _institutions_named(text, names) -> set[str]:
        """The single words this text names an institution, a unit or a team by, right after its word:
        "Plejecenter Engly", "Hjemmeplejen Hvidå", "Team Birk", "PPR Kragsø" (not a full name after it: "Team Anne Holm"),
        or right before it when no list holds the name: "Digebo Ældrecenter … da Digebo var fuld"."""
        named = set()
        for m in _INSTITUTION_THEN_NAME.finditer(text):
            head = m.group(1).lower()
            if (m.group(1) in _UNIT_ACRONYMS or head in NOT_PERSON_BEFORE or head in ORGANISATION_HEADS
                    or institution_name(m.group(1), names)) \
                    and not _CAPITALISED_NEXT.match(text, m.end()):
                named.add(m.group(2))
        for m in _NAME_THEN_INSTITUTION.finditer(text):
            if (names.get(m.group(1).lower()) is None and institution_word(m.group(2), names)
                    and not _CAPITALISED_WORD_ENDING.search(text, max(0, m.start() - 30), m.start())):  # not "Anna Digebo Skole"
                named.add(m.group(1))
        return named

    @staticmethod
    def _speaks(text, candidate) -> bool:
        return bool(_SAID_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
                    or _SAYS_AFTER.match(text, candidate.end))

    @staticmethod
    def _first_name_after_comma(text, start, end, names) -> bool:
        m = _FIRST_NAME_AFTER_COMMA.match(text, end)
        return bool(m) and " " not in text[start:end] and _first_name_ending_a_cell(text, m.start(1), m.end(1), names)

    def _surnames_before_first_names(self, text, candidates, names):
        """A list of people written surname first names its surname as well as its first name: in "Achterberg, Lene –
        2003" or "Haddad;Lina;011290-…" the word before a first name that ends its cell is the surname, though no list
        holds it (left out, it would reach the chatbot beside the first name's placeholder)."""
        found = []
        for c in candidates:
            if " " in text[c.start : c.end] or not _first_name_ending_a_cell(text, c.start, c.end, names):
                continue
            m = _SURNAME_FIRST.search(text, max(0, c.start - 60), c.start)
            if not m:
                continue
            word = m.group(1)
            if (word.isupper() or self._is_cue_or_stop_word(word) or is_place(word)
                    or (is_common_word(word, names) and names.get(word.lower()) not in ("last", "both"))):
                continue  # "Hej, Lene –", "Aarhus, Lene", "NOTAT; Lene": a greeting, a place or a heading
            found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE))
        return found

    @staticmethod
    def _one_name_each(text, people, names):
        """Parts of one name found apart are one name, as they are one person (two findings would be one too many):
        parts with only a space or a name's particles between ("Mette Laursen" and "Bjerg", the pipeline's and a
        list's; "Maricel de la Cruz", "Maarten van den Heuvel"), after an abbreviated middle name ("Henrik Aa. Damgaard"),
        and a name written surname first, a comma and the first name in a list or a table ("Bjerregaard,
        Susanne;030475-…", "| Kowalski, Marek |"); not two first names sharing a cell ("| Emil, Jamal |") nor capitals
        ("MVR, FBM")."""
        joined = []
        for person in people:
            last = joined[-1] if joined else None
            between = text[last.end : person.start] if last else ""
            if last and (_PARTICLES_ONLY.fullmatch(between) and all(w.lower() in _NAME_PARTICLES for w in between.split())
                         or (between == ". " and _ABBREVIATED_MIDDLE_NAME.search(text, last.start, last.end))
                         or DkPersonRecognizer._surname_first(text, last, person, names)):
                DkPersonRecognizer._absorb(last, person)
            else:
                joined.append(person)
        return joined

    @staticmethod
    def _surname_first(text, surname, first_name, names) -> bool:
        written = _SURNAME_FIRST.search(text, max(0, surname.start - 60), first_name.start)
        return (bool(written) and written.span(1) == (surname.start, surname.end)
                and bool(_COMMA_ONLY.fullmatch(text, surname.end, first_name.start))
                and bool(_CELL_END_AFTER.match(text, first_name.end))
                and not text[first_name.start : first_name.end].split()[0].isupper()
                and names.get(text[surname.start : surname.end].lower()) != "first")

    @staticmethod
    def _nicknames(text, candidates):
        """A nickname in quotes in brackets after a full name is the same person: 'Marianne Tolstrup ("Mugge")', and so
        is a birth name after it: "Jytte Overgaard f. Lund"."""
        found = []
        for c in candidates:
            m = _NICKNAME_AFTER.match(text, c.end) if c.sure else None
            if m:
                group = m.lastindex
                found.append(Candidate(m.start(group), m.end(group), REPEATED_PART))
        return found

    @staticmethod
    def _logins_and_calls(text, names, homographs):
        """A login made of a known first name and a surname ("mads.kjeldsen") and what people call someone
        ('kalder hende "Ksyu"') are a person's names."""
        found = []
        for m in _LOGIN_NAME.finditer(text):
            first, _ = lookup(m.group(1), names, homographs)
            last = names.get(m.group(2).rsplit("-", 1)[-1])
            if first in ("first", "both", WIDE) and (last in ("last", "both") or not is_common_word(m.group(2), names)):
                found.append(Candidate(m.start(), m.end(), AFTER_STRONG_CUE, sure=True))
        for m in _CALLED.finditer(text):
            group = 1 if m.group(1) else 2
            found.append(Candidate(m.start(group), m.end(group), AFTER_STRONG_CUE, sure=True))
        return found

    @staticmethod
    def _quote_authors(text, names):
        """The author a dated header names above a quoted post or mail ("09-06-2006 21:28 skrev michelle-er",
        "2. dec. 2026 kl. 14.03 skrev WannaBeYours:"): a user name is its author's name even where it looks like a product's
        or a code's ("WannaBeYours" has capitals inside) or joins words ("michelle-er"), so these pass no such test; a
        word alone is no one's ("skrev lægen"). (``_senders`` finds a header's names that look like names.)"""
        found = []
        for m in _SENDER_AFTER_TIME.finditer(text):
            author = m.group(1)
            if (" " not in author and _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    and (names.get(author.lower()) is not None or not (
                        author[1:].islower() and author.isalpha() and (is_common_word(author, names) or is_place(author))))):
                found.append(Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True))
        return found

    @staticmethod
    def _repeated_parts(text, candidates):
        """Once "Jens Wiese" is a name, a later "Wiese" or "Jens" alone is the same person; once "Hanan" is, a
        transcript's speaker "HANAN:" is too, and a chat's in lower case whose speakers are first names."""
        names, homographs = load_names()
        found = []
        parts = set()
        for c in candidates:
            words = WORD.findall(text[c.start : c.end])
            if c.sure and len(words) > 1:
                # (a first name of two letters too: "Bo Hessellund … Bo ønsker", "Ib")
                parts.update(w for w in words if w[0].isupper() and (len(w) > 2 or (
                    len(w) == 2 and names.get(w.lower()) in ("first", "both") and w.lower() not in FUNCTION_WORDS)))
                # and the first name typed again in lower case: "Lasse Bruun: hej det er lasse", "Elev: theo lindgaard …
                # theo kommer først kl. 9" (a name no word shares: not "hans", "bo", "mette" is fine)
                first = words[0].lower()
                if (len(first) > 2 and names.get(first) in ("first", "both") and first not in homographs
                        and first not in FUNCTION_WORDS and not is_common_word(first, names)
                        and first + "s" not in FUNCTION_WORDS):  # (not "thi": "this")
                    parts.add(first)
            elif ((c.sure or c.score >= AFTER_STRONG_CUE) and len(words) == 1 and words[0][:1].isupper() and len(words[0]) > 2
                  and lookup(words[0], names, {})[0] in ("first", "both", WIDE) and words[0].lower() not in FUNCTION_WORDS):
                # a first name a cue made sure, again or in the genitive: "forældre til Defne … om Defnes læsning", "med
                # sønnen Storm. … Storm var ked af det" (capitalised: the word it also is stays a word in lower case)
                parts.add(words[0])
                # its genitive names it too, and a name no word shares again in lower case: "Hamzas far … til hamza"
                base = words[0][:-1] if words[0].endswith("s") and names.get(words[0].lower()) is None else words[0]
                lowered = base.lower()
                parts.add(base)
                if (names.get(lowered) in ("first", "both") and lowered not in homographs and lowered not in FUNCTION_WORDS
                        and not is_common_word(lowered, names) and lowered + "s" not in FUNCTION_WORDS):
                    parts.add(lowered)
        if parts:
            repeats = (
                Candidate(start, end, REPEATED_PART)
                for start, end, word in _words_of(text, parts)
                # "Hans Ebbe Kure … Hans datter kommer": at a sentence's start a word like "Hans" is the pronoun
                if not (word.lower() in FUNCTION_WORDS and DkPersonRecognizer._at_sentence_start(text, start)
                        and _POSSESSED_AFTER.match(text, end))
            )
            # "Lars Tranberg … Tranberg Ejendomme ApS": a part of a name inside a firm's name is the firm (here, so that
            # the scan cache's repeat over a long text's chunks keeps it too)
            found += [c for c in repeats if not inside_place_or_org(text, c, [], names)]
        speakers = {w.upper() for c in candidates for w in WORD.findall(text[c.start : c.end]) if len(w) > 2 and w[0].isupper()}
        # (a speaker says a sentence; a field holds a value: "IBAN: DK50 …", "CLASS: Restricted")
        labels = [m for m in _SPEAKER_LABEL.finditer(text) if m.group(1).isupper() and m.group(1).isalpha()
                  and _SAID_AFTER.match(text, m.end())]
        if len({m.group(1) for m in labels}) > 1:  # a transcript: "VÆRT: …", "OKSANA: …"
            speakers |= {m.group(1) for m in labels if len(m.group(1)) > 2 and m.group(1).lower() not in FUNCTION_WORDS
                         and lookup(m.group(1), names, {})[0] in ("first", "both", "last", WIDE)}  # (also "HEDEGAARD: …")
        found += [Candidate(m.start(1), m.end(1), REPEATED_PART) for m in _SPEAKER_LABEL.finditer(text) if m.group(1) in speakers]
        # (and a transcript's speaker named in capitals elsewhere: "VÆRT: Velkommen til RAGNHILD …" before "RAGNHILD: Tak")
        said = sorted({m.group(1) for m in labels} & speakers)
        if said:
            found += [Candidate(m.start(), m.end(), REPEATED_PART)
                      for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, said))})(?![\w-])", text)]
        # a chat pasted in lower case: "louise: har du talt med ali …" over "morten: ja han starter mandag" (two first names
        # or more that are no ordinary words: "ebbe" is the tide too)
        chat = [m for m in _SPEAKER_LABEL.finditer(text) if m.group(1).isalpha() and m.group(1).islower()
                and names.get(m.group(1)) in ("first", "both") and m.group(1) not in homographs
                and _SAID_AFTER.match(text, m.end())]
        if len({m.group(1) for m in chat}) > 1:
            found += [Candidate(m.start(1), m.end(1), REPEATED_PART) for m in chat]
        return found

    # -- name lists and cues ---------------------------------------------------------------

    def _from_lists(self, text, names, homographs) -> list[Candidate]:
        words = list(WORD.finditer(text))
        # Most texts greet and sign no one in lower case: then no unknown lower-case word needs a look behind it.
        lower_case_cues = self.LOWER_CASE_CUE.search(text) is not None
        found, index = [], 0
        while index < len(words):
            run = self._name_run(text, words, index, names, homographs, lower_case_cues)
            if run is None:
                index += 1
                continue
            last, score, sure, first_name, needs_pipeline = run
            found.append(Candidate(words[index].start(), words[last].end(), score, sure, first_name, needs_pipeline))
            index = last + 1
        return found

    def _name_run(self, text, words, index, names, homographs, lower_case_cues=True):
        """Return (index of the last word, score) for a name starting at ``index``, or None."""
        first = words[index]
        lowered = first.group().lower()
        if lowered in ORGANISATION_WORDS or lowered in ABBREVIATIONS:
            return None  # "Hej ChatGPT", "Fx Karlslunde"
        if lowered in self.STRONG_CUES:
            return None  # a title or a greeting ("Mrs", "Kære") opens a name but is none
        kind, homograph = lookup(first.group(), names, homographs)
        if kind is None and lowered in FUNCTION_WORDS:
            return None  # "til HR – Ikke til deling": a function word no list holds is never a name, whatever cue stands before
        capital = first.group()[0].isupper()
        if kind is None and not capital and not (lower_case_cues and self._unknown_after_lower_case_cue(text, first, names)):
            return None  # most words: decided before looking for cues
        needs_pipeline = False
        if _HR_DEPARTMENT.search(text, max(0, first.start() - 4), first.start()):
            cue = strong = titled = None  # "HR API", "HR Lene": the department, not "hr." (Mr)
            before = []
        else:
            before = _words_before_in_its_sentence(text, first.start())
            cue = nearest_cue(before, self.cues, prefix=False)
            label = text[max(0, first.start() - 20) : first.start()]
            strong = (
                nearest_cue(before[-1:], self.STRONG_CUES, prefix=False) is not None
                or (_FORM_LABEL.search(label) is not None and not _THING_NAME_FIELD.search(label))
                # (a first name after a rota's day, not a place or a surname: "Mandag: Holm (tømrerholdet)", "Ons: Padel 70+";
                # initials are person_initials')
                or (_ROTA_DAY_LABEL.search(label) is not None and kind in ("first", WIDE) and not homograph and not first.group().isupper())
            )
            # after a title a surname may look like two words joined ("Ms Fairclough": "fair" + "clough")
            titled = cue is not None and nearest_cue(before[-1:], self.TITLES, prefix=False) is not None
        if kind is None and capital and _FOREIGN_NAME_LETTERS.search(first.group()):
            kind = "both"
        if kind == WIDE and ((not capital and cue is None) or (len(first.group()) > 1 and first.group().isupper() and not strong)):
            return None  # "semhar" alone, or "EAN" and "IBAN": abbreviations before names
        # A capitalised word no list knows is a name after a strong cue or right after a cue for a
        # person ("datteren Sofiia", "sin ven Taras", "mother of Ethan"), unless it is an ordinary word; after a
        # title even then ("Fru Ngo", "hr. Smed").
        next_to_cue = self._next_to_cue(text, first.start())
        relative = (kind is None and capital and lowered not in FUNCTION_WORDS
                    and _RELATIVE_BEFORE.search(text, max(0, first.start() - 30), first.start()) is not None)
        if kind is None and not capital:
            kind = "first"  # an unknown lower-case word right after a greeting, a signature or "hedder"
        elif kind is None and not (
            capital and len(first.group()) > 1 and (relative or (titled and not first.group().isupper()) or not is_common_word(first.group(), names))
            and (strong or next_to_cue) and (titled or relative or not compound_of_words(first.group(), names))
            and not institution_name(first.group(), names)  # "Til: Familieafsnittet"
            and not is_place(first.group())  # "Familien Danmark" (a series), "Mrs Kenya" (a show's title)
        ):
            return None

        last = index
        while last + 1 < len(words):
            if last > index and text[words[last + 1].end() : words[last + 1].end() + 1].isdigit():
                break  # "Henning Aagaard L9 har hostet": a letter glued to a number is a room's code (one word before it may
                # be a brand's, "Evans G2", and goes with the code)
            if self._continues_name(text, words[last], words[last + 1], names, homographs, capital, open_ended=strong):
                last += 1
            elif capital and kind in ("first", "both", WIDE) and self._particle_then_surname(text, words, last):
                last += 2  # "Hallur á Steig", "Manuel da Costa": a name's particle, then its surname
            else:
                break
        several = last > index
        if not several and len(first.group()) > 1 and (first.group().isupper() or _MIXED_ACRONYM.fullmatch(first.group())) \
                and not strong:
            return None  # a word in capitals alone is an acronym or a shout: "POST", "API", "BO", "AMiR"

        at_sentence_start = self._at_sentence_start(text, first.start())
        if several and (capital or not homograph):
            score = FULL_NAME
        elif strong and capital:
            score = AFTER_STRONG_CUE
        elif homograph and lowered in FUNCTION_WORDS and not (
                capital and not at_sentence_start and lowered not in DANISH_FUNCTION_WORDS
                and (next_to_cue or (names.get(lowered) in ("first", "both") and lowered not in _ENGLISH_CAPITALISED_WORDS
                                     and not _NUMBER_AFTER.match(text, first.end())))):
            return None  # "De", "Hans" and "Sine" alone are words, not names (but "hustru Else" is Else, and so is a
            # capitalised English word inside a sentence: "banko med Else", "Lærere: Sanne og Per")
        elif homograph:
            # (a cue ending the sentence before gives the next one's first word nothing: "… hos sønnen. Ring til …"; a
            # title with its dot does, "Hr. Storm", and so does a greeting before a name: "Hej Lone. Malte fortæller …")
            cue_ended_sentence = (at_sentence_start and not titled and before[-1:] != ["hej"]  # ("Hej. Storm fortalte …")
                                  and nearest_cue(before[-1:], self.cues, prefix=False) == 0)
            if cue is not None and capital and not cue_ended_sentence:
                score = HOMOGRAPH_AFTER_CUE
            elif capital and not at_sentence_start and not _AFTER_CAPITALISED_WORD.search(text, max(0, first.start() - 100), first.start()):
                score = HOMOGRAPH_MID_SENTENCE
            else:
                return None
        elif capital:
            # A capital at the start of a sentence says less than one mid-sentence.
            if kind == "last":
                score = SURNAME_AT_SENTENCE_START if at_sentence_start else SURNAME
            else:
                score = FIRST_NAME_AT_SENTENCE_START if at_sentence_start else FIRST_NAME
            needs_pipeline = kind == WIDE and at_sentence_start and cue is None
        elif cue is None and self._noun_after_an_article(text, first.start()):
            return None  # "en flink karl" is a fellow, not Karl
        elif kind != "last" or cue is not None:  # "ring til mette"; lower-case surnames need a cue
            score = LOWER_CASE_NAME
            # "gul", "birk" and "rim" are words far more often; "mette" and "simone" are nothing but names.
            needs_pipeline = cue is None and (kind == WIDE or is_common_word(first.group(), {}))
        else:
            return None
        if cue is not None:
            score = min(score + CUE_BONUS, HIGHEST)
        sure = (several and (capital or not homograph)) or (strong and capital)
        # a first name borne in Denmark that only the wide list knows is a first name too after a cue ("Min elev Wilma")
        first_name = (kind in ("first", "both") or (kind == WIDE and cue is not None)) and not homograph
        return last, score, sure, first_name, needs_pipeline

    def _next_to_cue(self, text, start) -> bool:
        """Is a cue for a person right before ``start``, with only a space between ("datteren Sofiia",
        "mother of Ethan"; not "sagsbehandler, Ydelsesservice")?"""
        match = _CUE_THEN_SPACE.search(text, max(0, start - 40), start)
        return bool(match) and match.group(1).lower() in self.cues

    def _unknown_after_lower_case_cue(self, text, word, names) -> bool:
        value = word.group()
        if len(value) < 3 or value in FUNCTION_WORDS or value in self.cues or value in ORGANISATION_WORDS:
            return False
        if _ABBREVIATION_DOT.match(text, word.end()):
            return False  # "Hej komm., kan I …": the communications team, abbreviated
        before = words_before(text, word.start(), count=1)
        return (
            bool(before) and before[-1].lower() in self.LOWER_CASE_CUES
            and not ordinary_word(value, names)
        )

    @staticmethod
    def _particle_then_surname(text, words, last) -> bool:
        """Do a name's small word and a capitalised word follow ``words[last]``, each after one space ("á Steig",
        "da Costa")?"""
        if last + 2 >= len(words):
            return False
        particle, surname = words[last + 1], words[last + 2]
        return (particle.group() in _PARTICLES_BEFORE_A_SURNAME
                and text[words[last].end() : particle.start()] == " " and text[particle.end() : surname.start()] == " "
                and surname.group()[0].isupper() and not surname.group().isupper())

    def _continues_name(self, text, word, nxt, names, homographs, capital, open_ended=False) -> bool:
        """Does ``nxt`` belong to the same name as ``word`` ("Hanne Marie Jensen", "Hanne S.")?

        ``open_ended``: after a strong cue or a form label every capitalised word goes on the name.
        """
        between = text[word.end() : nxt.start()]
        if between != " " and not (between == ". " and _INITIAL.match(word.group())):
            return False
        value = nxt.group()
        if value[0].isupper() != capital:
            return False
        if capital and korean_given_name(word.group()) and value.lower() in KOREAN_SURNAMES:
            return True  # "Ji-woo Park", "Seo-yeon Song"
        if value.lower() in NOT_PERSON_AFTER and not surname_after_first_name(word.group(), value, names):
            return False
        kind, homograph = lookup(value, names, homographs)
        if kind is not None and not capital and homograph:
            return False  # "jens madsen holdt møde": in lower case a word that is also a name ends it
        if kind is not None or (capital and _FOREIGN_NAME_LETTERS.search(value)):
            return True
        if capital and open_ended and not is_common_word(value, names):
            return True
        # A capitalised unknown word after a first name is most likely a surname.
        first_kind, first_homograph = lookup(word.group(), names, homographs)
        if first_kind is None and _FOREIGN_NAME_LETTERS.search(word.group()):
            first_kind = "both"
        if first_kind == WIDE and is_common_word(value, names):
            return False  # "Tesla Model": a wide-list name before an ordinary word names no one
        if capital and first_homograph and first_kind in ("first", "both"):
            # "Per Ulstrup", "Bo Kvistgaard": after a first name that is also a word, a surname no list holds
            # that is no ordinary word either ("Per Måned" is no one)
            return not ordinary_word(value, names)
        return capital and (_INITIAL.match(value) or (first_kind in ("first", "both", WIDE) and not first_homograph))

    # -- the spaCy pipeline -----------------------------------------------------------------

    @staticmethod
    def _pipeline_ran(nlp_artifacts) -> bool:
        """Did a pipeline with NER look at the text (not the blank tokenizer of degraded mode)?"""
        doc = getattr(nlp_artifacts, "tokens", None)
        return doc is not None and doc.has_annotation("ENT_IOB")

    @staticmethod
    def _pipeline_spans(nlp_artifacts):
        """The pipeline's people, its places and organisations, and its places alone, as (start, end) spans."""
        if not nlp_artifacts or not nlp_artifacts.entities:
            return [], [], []
        people, other, places = [], [], []
        for span in nlp_artifacts.entities:
            (people if span.label_ == "PERSON" else other if span.label_ in DkPersonRecognizer.BLOCKING_LABELS else []).append(
                (span.start_char, span.end_char)
            )
            if span.label_ == "LOCATION":
                places.append((span.start_char, span.end_char))
        return people, other, places

    def _cue_and_capitals(self, text, start, end) -> bool:
        """Is the span a case's cue and then capitalised words only ("Klageren Nomvula Sithole")?"""
        words = WORD.findall(text, start, end)
        return len(words) >= 2 and words[0].lower() in self.case_cues and all(w.istitle() for w in words[1:])

    @staticmethod
    def _office_holder(text, start, end, names):
        """The holder's name in a span of an office, a first name and a surname ("Borgmester Gemma Whitfield",
        "Menighedsrådsformand Elisabeth Tang"), as (start, end), or None."""
        words = list(WORD.finditer(text, start, end))
        if (len(words) >= 3 and words[0].group().lower().endswith(_OFFICE_TAILS)
                and names.get(words[1].group().lower()) in ("first", "both") and all(w.group().istitle() for w in words)):
            return words[1].start(), end
        return None

    @staticmethod
    def _title_word(word, names) -> bool:
        """Is ``word`` an ordinary word as written, a role in the definite, or a role joined from two words ("Vagtleder"), that
        no list holds as a name ("Pedel", "Bibliotekar", "Nattevagten"; not "Ask", "Cherry", nor "Brandon": bran|don)?"""
        if len(word) < 4 or "-" in word or names.get(word.lower()) or word.lower() in load_wide_first_names():
            return False
        return is_common_word(word, names, inflected=False) or (
            word.lower().endswith(("en", "et")) and is_common_word(word[:-2], names, inflected=False)) or (
            word.lower().endswith(_ROLE_TAILS) and compound_of_words(word, names))

    def _check_pipeline_span(self, text, start, end, names, homographs):
        """Trim cue words off a pipeline PER span ("Hej Søren"); drop it if nothing name-like is left."""
        words = [m for m in WORD.finditer(text, start, end) if not self._is_cue_or_stop_word(m.group())]
        if not words:
            return None
        known = [lookup(w.group(), names, frozenset())[0] for w in words]
        # (a role in the definite before a full name too: "Sagsbehandleren Mikkel Dahl"; not "Jobcentret Vest")
        definite = len(words) > 2 and words[0].group().lower().endswith(("en", "et")) and not known[0]
        if len(words) > 1 and (known[1] in ("first", "both") or definite) and self._title_word(words[0].group(), names):
            words, known = words[1:], known[1:]  # a title the pipeline took in: "Pedel Sunnvá Poulsen"
        if len(words) > 1 and words[0].group().lower() in _MARKING_WORDS:
            words, known = words[1:], known[1:]  # a marking the pipeline took in: "Intern UTH – ikke til pårørende"
        while (len(words) > 1 and words[0].group().islower() and not known[0] and words[0].group() not in _NAME_PARTICLES
               and (ordinary_word(words[0].group(), names)
                    or (words[1].group()[0].isupper() and known[1]))):
            # an ordinary word in lower case the pipeline took in: "remove Byggesag", "elevsag Ömer Kaya"
            words, known = words[1:], known[1:]
        while (len(words) > 1 and words[0].group().islower() and words[-1].group().islower() and not known[-1]
               and words[-1].group() not in _NAME_PARTICLES and is_common_word(words[-1].group(), names)):
            # … or after it, all in lower case: "ons TO, tor glemt (Trafikdag)"
            words, known = words[:-1], known[:-1]
        digit = _DIGIT.search(text, words[0].start(), words[-1].end())
        if digit:  # a class after the name ("Milan Petrović 8B") is cut off; a code or a channel is no name ("kode
            # ESC-2412-9987-XQ", "P4 Fyn")
            kept = [i for i, w in enumerate(words) if w.end() < digit.start()]  # (not a letter glued to the digit: "P4")
            if not kept:
                return None
            words, known = words[: kept[-1] + 1], known[: kept[-1] + 1]
        start, end = words[0].start(), words[-1].end()
        value = text[start:end]
        if value.islower() and not any(known):
            return None
        if value.islower() and self._noun_after_an_article(text, start):
            return None  # "en rigtig flink karl": a noun after an article, whatever the pipeline says
        if value.islower() and len(words) == 1 and _NUMBER_JUST_BEFORE.search(text, max(0, start - 12), start):
            return None  # "11,7 mio", "2,3 mia": a unit after its number
        if (value.islower() and len(words) == 1 and (is_common_word(value, names) or value in homographs)
                and not self._next_to_cue(text, start)):
            return None  # "en falk", "i august", "degn", "please find": a lower-case word that is also a name is the word
        if "&" in value:
            return None  # "Holm & Partnere" is a firm
        if len(words) == 1 and value[0].isupper() and _AGE_BEFORE.search(text, max(0, start - 24), start):
            return Candidate(start, end, AFTER_STRONG_CUE)  # "den 23-årige Kitt": an age before a capital names someone
        # Right after a cue the pipeline's word is taken unless it is an ordinary word as written:
        # "sin ven Taras" ("tara" + s), not "borgeren Hjemmeplejen" (two words joined).
        after_cue = self._next_to_cue(text, start) and len(words) == 1 and not compound_of_words(value, names)
        if not any(known) and all(is_common_word(w.group(), names, inflected=not after_cue) or len(w.group()) == 1 for w in words):
            return None  # "Timer", "Team Syd", "Økonomiudvalget anbefales": words the pipeline took for a name
        if len(words) == 1 and not any(known) and not after_cue and compound_of_words(value, names, shortest_tail=3):
            return None  # "Pkt. 2 Elevsag", a cell's "Mælkefri": two ordinary words joined, the last one short
        if len(words) == 1 and not any(known) and not after_cue and _definite_compound(value.lower(), names):
            return None  # "Kystdyrvagten", "Pindsvinehjælpen": an organisation named as a long compound in the definite
        if (len(words) == 1 and self._at_sentence_start(text, start) and value.lower() in homographs
                and not (known[0] in ("first", "both") and _ACTS_AFTER.match(text, end))):
            return None  # "Otte politiske partier." (not a first name that speaks or asks: "Kim har bedt mig svare")
        if len(words) == 1 and (value.isupper() or _INFLECTED_ACRONYM.fullmatch(value) or _MIXED_ACRONYM.fullmatch(value)):
            return None  # a letter or an acronym ("C", "IBAN", "ADHD", "SFO'en", "AMiR"); "fru JENSEN" is found from the lists
        if value.isupper() and any(not k and is_common_word(w.group(), names) for w, k in zip(words, known)):
            return None  # a heading in capitals: "OVERSVØMMELSE BIRKMOSE", "VENTELISTE SFO"
        if not words[0].group().islower() and any(
            w.group().islower() and w.group() not in _NAME_PARTICLES
            and (not k or (names.get(w.group()) is None and is_common_word(w.group(), names)))
            for w, k in zip(words[1:], known[1:])
        ):
            return None  # "Andel beståede": a capitalised word and an ordinary lower-case one (also one that is a name
            # only less its ending: "CRP tages i morgen", not Tage's)
        lowered = {w.group().lower() for w in words}
        lowered |= {w[:-1].rstrip("'’") for w in lowered if w.endswith("s")}  # "Vestlund Kommunes konto", "Lindå Municipality's"
        if lowered & ORGANISATION_WORDS or words[-1].group().lower() in NOT_PERSON_AFTER:
            return None
        last = words[-1].group().lower()
        if (len(words) > 1 and not known[-1] and known[0] not in ("first", "both") and place_word(last)
                and compound_of_words(last, names)):
            return None  # "Skallesø Badestrand": a place's name ending in a compound place word (not "Henrik Aas Solbakken")
        first = words[0].group().lower()
        if (len(words) == 2 and not any(known) and words[0].group()[0].isupper()
                and (town_by_its_ending(first, names) or (len(first) > 5 and first.endswith(_PLACE_NAME_TAILS))
                     or compound_of_words(first, names))
                and (is_common_word(last, names) or compound_of_words(last, names, shortest_tail=3))):
            return None  # "Kærbæk Vinterbadere", "Tornbæk Spejderhytte", "Nordvarme El": a club or a firm by its town and what it
            # is; neither word is a name any list holds, and the first ends as Danish places do or joins two words (not
            # "Brandon Kelly", "Gemma Whitfield")
        if (len(words) == 2 and not any(known) and first.endswith(("en", "et")) and not first.endswith("erne")
                and first not in self.cues and ordinary_word(first, names)):
            return None  # "Skoleboden Tvinglev", "Centralkøkkenet Maltrup": a unit in the definite singular and its place
            # (not people in the plural: "Lodsejerne Strandby")
        if len(words) > 1 and first in NOT_PERSON_BEFORE:
            return None  # "Bostedet Egehøj", "Herberget Fjordlys": the pipeline took the institution's word in
        last = _ENGLISH_GENITIVE.sub("", words[-1].group().lower())
        edges = {first, first.rstrip("'’s"), last, last.removesuffix("s")}  # "Kreis" keeps its s; "Ulsnæs Kirkegårds kontor"
        if edges & ORGANISATION_HEADS or any(institution_name(w, names) for w in (words[0].group(), words[-1].group(), last.removesuffix("s"))):
            return None
        if not known[-1] and words[-1].group().lower() in ROLE_TITLES:
            return None  # "Service Delivery Manager" under a name in a signature: a job title; "biology MSc": a degree
        last = words[-1].group().lower()
        if len(words) > 1 and not known[-1] and any(last.endswith(h) and len(last) > len(h) + 2 for h in _FIRM_HEADS_IN_COMPOUNDS):
            return None  # "Nordvest Kontorservice", "Fjord Byggerådgivning": a firm's compound head
        if any(len(w) >= 6 and w in NOT_PERSON_AFTER and names.get(w) not in ("last", "both") for w in lowered):
            return None  # "Close Plejecenter Lindely": an institution's name, not a person's
        if len(words) == 1 and not known[0] and value.endswith(_DEMONYM_ENDINGS) and _LOWER_WORD_AFTER.match(text, end):
            return None  # "the Swedish social services", "Ukrainian refugees"
        if len(words) == 1 and not known[0] and _AGREEMENT_OR_REFORM.search(value):
            return None  # "Kanslergadeforliget", "Strukturreformen": an agreement or a reform by its name
        if len(words) == 1 and not known[0]:
            # One unknown word: the small pipelines tag capitalised first words of a sentence ("Ansøgning")
            # and words joined from two ordinary ones ("Støttebehov", "Vesterby") as names.
            if compound_of_words(value, names) or named_after_a_town(value, names):
                return None
            if self._at_sentence_start(text, start) and not _SAYS_AFTER.match(text, end):
                return None  # (unless it speaks: "Varelius sagde, at …")
            return Candidate(start, end, UNKNOWN_SINGLE_WORD)
        return Candidate(start, end, FULL_NAME, sure=True)

    @staticmethod
    def _at_sentence_start(text, start) -> bool:
        return start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3) : start]))

    def _is_cue_or_stop_word(self, word: str) -> bool:
        lowered = word.lower()
        return lowered in self.cues or lowered in FUNCTION_WORDS or lowered in _ROLE_LABELS or lowered in ABBREVIATIONS

    # -- results ---------------------------------------------------------------------------

    @staticmethod
    def _merge(candidates):
        merged = []
        for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
            if merged and c.start < merged[-1].end:
                DkPersonRecognizer._absorb(merged[-1], c)
            else:
                merged.append(Candidate(c.start, c.end, c.score, c.sure, c.first_name))
        return merged

    @staticmethod
    def _absorb(kept, other):
        """Make ``kept`` (a copy the merge owns) cover ``other`` too, with the higher score and either's flags."""
        kept.end = max(kept.end, other.end)
        kept.score = max(kept.score, other.score)
        kept.sure = kept.sure or other.sure
        kept.first_name = kept.first_name or other.first_name

    def _result(self, candidate):
        return RecognizerResult(
            entity_type="PERSON",
            start=candidate.start,
            end=candidate.end,
            score=candidate.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                SURE_KEY: candidate.sure,
                FIRST_NAME_KEY: candidate.first_name,
            },
        )

    @staticmethod
    def candidate_of(result) -> Candidate:
        """The candidate behind a result, so rules over a whole text can use its flags (scan_cache)."""
        metadata = result.recognition_metadata or {}
        return Candidate(result.start, result.end, result.score, metadata.get(SURE_KEY, False), metadata.get(FIRST_NAME_KEY, False))
