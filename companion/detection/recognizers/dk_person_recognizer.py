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

Examples (made up): ``Hanne Jensen``, ``fru Holm``, ``borgeren mette``, ``Jensens``.
"""

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .context_words import FUNCTION_WORDS, column_header, header_has_cue, in_table_header, nearest_cue, words_before
from .world_knowledge import is_place, public_figure_spans

COUNTRY_CODE = "dk"

# A word: letters, with inner hyphens or apostrophes ("Anne-Marie", "O'Brien").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•\-–\"“”«»(]\s*|\n\s*)$")
_INITIAL = re.compile(r"[A-ZÆØÅ]\.?$")
# Letters Danish words never have but names of Danes with Polish, Turkish, Vietnamese,
# Balkan or Faroese roots often do ("Małgorzata", "Öztürk", "Nguyễn", "Petrović", "Turið").
# No IGNORECASE: "ı" would then match every "i".
_FOREIGN_NAME_LETTERS = re.compile(r"[łńśźżćęąğışçăâđơưčšžřðþțșŁŃŚŹŻĆĘĄĞİŞÇĂÂĐƠƯČŠŽŘÐÞȚȘ\u1ea0-\u1ef9]")
# A form or header label before a name: "Borger: …", "Elev: …", "Til: …".
# Also a key in JSON, YAML or code: '"fornavn": "', "efternavn='", "first_name: ".
_FORM_LABEL = re.compile(
    r"(?:navn|fornavn|efternavn|mellemnavn|borger|elev|ansat|medarbejder|beboer|patient|klient|barn|mor|far|forælder"
    r"|pårørende|kontaktperson|ansøger|ansvarlig|værge|modtager|afsender|sagsbehandler|til|fra|cc|deltagere?"
    r"|(?:first|last|full|given|family|middle|sur)[_ ]?name|name|employee|citizen|student|pupil)"
    r"[\"']?\s*[:=]\s*[\"']?$",
    re.IGNORECASE,
)


#: How sure a candidate is, from surest down. The reporting threshold is 0.35.
FULL_NAME = 0.85  # two or more name words, or several words the pipeline calls a person
AFTER_STRONG_CUE = 0.8  # "fru Holm", "Navn: Xu"
REPEATED_PART = 0.8  # "Wiese" once "Jens Wiese" was found
FIRST_NAME = 0.7  # a capitalised first name mid-sentence
FIRST_NAME_AT_SENTENCE_START = 0.65
UNKNOWN_SINGLE_WORD = 0.6  # one word the pipeline calls a person but no list knows
HOMOGRAPH_AFTER_CUE = 0.6  # "min kollega Per"
INITIALS = 0.6  # "J.H.", "(MK)" after a name
HANDLE = 0.6  # "@sophieloehde", "@JaneHeitmann": a social-media handle made of a person's name
SURNAME = 0.55
SURNAME_AT_SENTENCE_START = 0.5
LOWER_CASE_NAME = 0.5  # "ring til mette"
HOMOGRAPH_MID_SENTENCE = 0.4  # "… sammen med Mark"
CUE_BONUS = 0.25
HIGHEST = 0.95
#: Where a result keeps its candidate's flags.
SURE_KEY = "promptvagt_sure"
FIRST_NAME_KEY = "promptvagt_first_name"


# Initials stand for people in minutes, case notes and signatures: "J.H.", "K. M.", "Hanne Juul (HJ)",
# "Referent: KBJ", "Deltagere: JH, MK og LP", "/jh". Capitals only: "f.eks." and "bl.a." are words.
# Dotted initials before a capitalised word belong to that name ("H.C. Ørsteds Vej", "A.P. Møller Fonden")
# and share its fate.
_DOTTED_INITIALS = re.compile(r"(?<![\w.])[A-ZÆØÅ]\.(?:\s?[A-ZÆØÅ]\.){1,2}(?![\w])(?! [A-ZÆØÅ][a-zæøå])")
_BRACKETED_INITIALS = re.compile(r"\(([A-ZÆØÅ]{2,4})\)")
_INITIALS_LABEL = re.compile(
    r"(?im:(?:^|[.·|;][ \t]*)[ \t*-]*(?:referent|ordstyrer|mødeleder|deltagere|til\s+stede|fremmødte|afbud|fraværende|"
    r"ansvarlig|tovholder|initialer|sagsbehandler|udført\s+af|skrevet\s+af|godkendt\s+af|kontaktperson|medarbejder|"
    r"leder|formand|næstformand|sekretær|attendees|present|apologies|owner|responsible)\s*:[ \t]*)"
)
# Initials right after a staff role: "sagsbehandler MKL", "SSA HBS", "leder TN", "SSA: MLJ". The role's
# case does not matter; the initials are capitals (or, in a JSON value, lower case: '"sagsbehandler": "ltj"').
_ROLE_BEFORE_INITIALS = re.compile(
    r"(?<![\w-])(?i:sagsbehandler(?:en)?|socialrådgiver(?:en)?|leder(?:en)?|afdelingsleder(?:en)?|teamleder(?:en)?"
    r"|ssa|ssh|sosu-?assistent(?:en)?|sosu-?hjælper(?:en)?|pædagog(?:en)?|lærer(?:en)?|klasselærer(?:en)?"
    r"|konsulent(?:en)?|sygeplejerske(?:n)?|ergoterapeut(?:en)?|fysioterapeut(?:en)?|rådgiver(?:en)?"
    r"|kontaktperson(?:en)?|caseworker|teacher|nurse|manager)"
    r"(?:\s*:\s*|\s+|[\"']\s*:\s*[\"'])([A-ZÆØÅ]{2,4}|(?<=[\"'])[a-zæøå]{2,4}(?=[\"']))(?![\wæøå])"
)
# A table cell of initials ("…;2026-11-20;KBJ", "| MH |"), a name when its column's header is a staff role.
_INITIALS_CELL = re.compile(r"(?:^|(?<=[|;,\t]))[ \t]*([A-ZÆØÅ]{2,4})[ \t]*(?=[|;,\t]|$)", re.MULTILINE)
_STAFF_HEADERS = ("sagsbeh", "sagsbehandler", "ansvarlig", "initialer", "init", "medarbejder", "kontaktperson",
                  "rådgiver", "behandler", "leder", "lærer", "pædagog", "owner", "responsible", "caseworker", "assigned")
# A list of initials, each maybe with its role in brackets: "ABJ (fmd.), KT, SR og LP".
_INITIALS_LIST = re.compile(r"(?:\s*(?:,|og|and|&)?\s*)([A-ZÆØÅ]{2,4})(?![\wæøå])(?:\s*\([^()\n]{1,12}\))?")
# Two or more initials in brackets: "Personalet (SA og MT)".
_BRACKETED_INITIALS_LIST = re.compile(r"\(([A-ZÆØÅ]{2,4}(?:\s*(?:,|og|and|&)\s*[A-ZÆØÅ]{2,4})+)\)")
_SIGNATURE_INITIALS = re.compile(r"(?<![\w/])/([A-ZÆØÅa-zæøå]{2,4})[ \t]*$", re.MULTILINE)
#: Capital abbreviations that are units, services or places, not people.
_NOT_INITIALS = frozenset(
    "HR IT KL PPR SFO AMU MED TR AMR BUF SSP LMU HMU OK AI EU DK FN USA CPR CVR PDF SMS MVH NB OBS "
    "ADHD KOL SOSU SSA SSH SKAT UDK ATP PFA NGO "
    # party letters after a politician's name: "Lene Kjærsgaard (SF)"
    "SF DF EL LA RV KF DD ALT".split()
)


# A quoted mail or forum post names its writer after a time: "Den 3. mar. 2026 kl. 10.12 skrev Hanne Jensen
# <hanne@…>:", "On Tue, Mar 3, 2026 at 10:12 AM Hanne Jensen wrote:", "25-04- 2006 13:48 skrev KimHong".
_SENDER_AFTER_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|am|pm))?,?\s+(?:skrev|wrote)\s+"
    r"([^\s<>:,;()\[\]\"]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)*){0,3})"
)
_SENDER_BEFORE_WROTE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|am|pm))?,?\s+([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_]+){0,3})"
    r"(?:\s*<[^>\n]{1,80}>)?\s+wrote:"
)


# The word before a position, with only a space (or " of ") between: a cue right before a name.
_CUE_THEN_SPACE = re.compile(r"(?<![\w-])([^\W\d_]+)(?: of)? $")
#: Endings of one-word street names ("Kongensgade", "Strandvejen", "Grønnegårdsstræde").
STREET_ENDINGS = ("gade", "gaden", "vej", "vejen", "stræde", "strædet", "allé", "alle", "torv", "torvet", "plads",
                  "pladsen", "boulevard", "boulevarden")
# A month before a year or a day: "Jan 2025", "Jan. 3".
_YEAR_AFTER = re.compile(r"\.?\s+(?:\d{4}|\d{1,2}\b)")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept okt oct nov dec".split())
# A list of capitalised items: "Hals, Hou, Marielyst og Henne Strand", "stormene Allan og Bodil".
_ITEM = r"[A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+)?"
_LIST = re.compile(rf"(?:([^\W\d_]+)\s+)?({_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+(?:og|eller|and|or)\s+{_ITEM}))")
_LIST_ITEM = re.compile(_ITEM)
# "HR" in capitals is the department, not the title "hr." before a name.
_HR_DEPARTMENT = re.compile(r"(?<![\w])HR\s+$")
_WORD_BEFORE_SPACE = re.compile(r"([^\W\d_]+) $")
# Names joined by "og", "eller" or a comma, a short code after a name allowed ("clara V, william S").
_JOIN = r"(?P<join>\s*,\s*|\s+(?:og|eller|and|or|&)\s+)"
_JOINED_AFTER = re.compile(rf"(?:[ \t]+[^\W\d_]{{1,2}}\b\.?){{0,2}}{_JOIN}(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)\b")
_JOINED_BEFORE = re.compile(rf"\b(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)(?:[ \t]+[^\W\d_]{{1,2}}\b\.?){{0,2}}{_JOIN}$")
_CAPITALISED_WORD_AFTER = re.compile(r" [A-ZÆØÅ][^\W\d_]{2,}")
# English adjectives of nationality before a noun: "Swedish", "Ukrainian", "Vietnamese", "Eritrean".
_DEMONYM_ENDINGS = ("ian", "ish", "ese", "ean")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# A social-media handle ("@JaneHeitmann", "@jacobmark_sf"); not the "@" of an e-mail address.
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{2,29})(?![\w@])")
# The parts of a handle: camel-case words, capital runs and underscore-separated pieces.
_HANDLE_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_TITLES = frozenset("mr mrs ms dr fru hr".split())


@dataclass
class _Candidate:
    start: int
    end: int
    score: float
    #: A full name or a name after a strong cue: outweighs the pipeline's LOC/ORG, and its parts name the person later.
    sure: bool = False
    #: A known first name: the small pipelines tag "Ida" as an organisation, but it stays a name.
    first_name: bool = False
    #: A lower-case name alone with no cue ("ring til mette"): a name only if the pipeline agrees,
    #: when there is one; "gul", "birk" and "rim" are words far more often.
    needs_pipeline: bool = False
    #: Initials that stand for a name found elsewhere; such a candidate has no place in the text itself.
    letters: str | None = None


@lru_cache(maxsize=1)
def load_names() -> tuple[dict, frozenset]:
    """Return {name: kind} and the set of names that are also ordinary words."""
    kinds, homographs = {}, set()
    table = resources.files("companion").joinpath("detection/data/names.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, homograph = line.split("\t")
        kinds[name] = kind
        if homograph == "1" or name in FUNCTION_WORDS:
            homographs.add(name)
    return kinds, frozenset(homographs)


# A first name with a regnal number is a monarch: "Christian IV", "Frederik IX", "Margrethe II".
_REGNAL_NUMBER = re.compile(  # "Margrethe I." ends a sentence; "Christian den Fjerde", "Valdemar den Store"
    r" (?:[IVX]{1,5}(?![\w-])(?!\.\w)|den (?:Første|Anden|Andet|Tredje|Fjerde|Femte|Sjette|Syvende|Ottende|Niende|Tiende"
    r"|Ellevte|Tolvte|Store|Hellige|Gode|Sejrrige)\b)"
)
# A foundation named after a couple: "Aage og Johanne Louis-Hansens Fond".
_COUPLES_FOUNDATION_AFTER = re.compile(r" og (?:[A-ZÆØÅ][\w.'-]*\s+){0,3}[A-ZÆØÅ][\w'-]*s\s+(?:Fond|Fonden|Legat|Mindefond|Mindelegat)\b")
# An animal's or a toy's name: "en lille rask hare, der hedder Frode Fræk", "hunden som hed Bella".
_ANIMAL_NAMED = re.compile(
    r"\b(?:hund|kat|hare|kanin|bjørn|mus|ræv|gris|hest|pony|ko|and|fugl|papegøje|marsvin|hamster|bamse|dukke|drage|trold"
    r"|nisse|robot|pindsvin|egern|ugle|elefant|løve|tiger|abe|frø|fisk|ged|lam|kylling|høne|hane|kalv|føl|killing|hvalp)"
    r"(?:en|n|et|t)?,?\s+(?:der|som)\s+hed(?:der|te)\s+$",
    re.IGNORECASE,
)
# Compounds for vessels and storms before a name: "skoleskibet Georg Stage", "hurtigfærgen …", "stormen Ingrid".
_VESSEL_ENDINGS = ("skibet", "færgen", "båden", "stormen", "stormene", "orkanen", "orkanerne")
# A capitalised word right before: a homograph is then part of a proper noun ("Digital Post", "Park og Vej").
_AFTER_CAPITALISED_WORD = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-ZÆØÅ][\wæøå]+(?:\s+og)?\s+$")
# A name followed by "& Partnere", "& Søn", "& Co." names a firm.
# Danish legal forms of a firm, after its name or inside a span: "Clean Partner Syd A/S".
_LEGAL_FORMS = r"A/S|ApS|I/S|K/S|IVS|P/S"
_FIRM_AFTER = re.compile(rf"\s*&\s*(?:[A-ZÆØÅ]|co\b)|(?:\s+[A-ZÆØÅ][\wæøå-]*){{0,2}}\s+(?:{_LEGAL_FORMS}|AMBA|a\.m\.b\.a\.)(?!\w)")
# Medicines no list holds, by what surrounds them: "får Lamictal og Orfiril", "Bricanyl ved behov", "sat Remeron i gang".
_MEDICINE_BEFORE = re.compile(
    r"\b(?:får|fik|tager|tog|fået|taget|skal\s+have|sat\s+\w+\s+på|ordineret|udskrevet|medicin(?:en)?:?|præparat(?:et)?:?"
    r"|takes|taking|prescribed)\s+(?:[A-ZÆØÅ]\w+\s+(?:og|eller|and|or)\s+)?$"
)
_MEDICINE_AFTER = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)?\s*(?:mg|ml|mikrogram|µg|ie|enheder)\b|ved\s+behov|dagligt|morgen\s+og\s+aften|i\s+gang\b"
    r"|i\s+køleskabet|depot\b|tabletter|tablet\b|mixtur|spray|inhalator|plaster|as\s+needed)",
    re.IGNORECASE,
)
# A disease named after a doctor: "Lewy body-demens", "Parkinsons sygdom", "Aspergers syndrom".
_EPONYM_AFTER = re.compile(r"s?(?:\s+|-)(?:body|sygdom|syndrom|demens|lammelse|parese|disease|syndrome)\b", re.IGNORECASE)
# A title in quotes after a word for a work: 'på melodien "Lille Peter Edderkop"'.
_WORK_TITLE_BEFORE = re.compile(
    r"\b(?:melodien|sangen|digtet|bogen|filmen|romanen|eventyret|serien|titlen|rimet|verset|stykket|tune|song|book|film)\s*"
    r"[\"“»'‘][^\"”«'’\n]{0,30}$",
    re.IGNORECASE,
)
# What a possessive pronoun at a sentence's start is followed by: "Hans datter kommer fredag" (not "Hans kommer").
_POSSESSED_AFTER = re.compile(
    r" (?:datter|søn|mor|far|kone|hustru|mand|bror|søster|børn|barn|familie|forældre|kæreste|ven|veninde|læge|sag"
    r"|bil|lejlighed|hus|hjem|værelse|medicin|økonomi|arbejde|job|skole|klasse|lærer|kontaktperson|pårørende|helbred)\b"
)
# Holidays named after people or saints end in these: "Kristi Himmelfartsdag", "Valdemarsdag", "Mortensaften".
_HOLIDAY_ENDINGS = ("sdag", "sdagen", "saften", "sfest", "sfesten", "smesse")
# A role written as a label before a name: "Beboer Helmer Brix – nyrediæt".
_ROLE_LABELS = frozenset("beboer borger elev patient klient medarbejder ansat pårørende bruger deltager ansøger".split())
_FIRM_SUFFIX = re.compile(rf"(?<!\w)(?:{_LEGAL_FORMS})(?!\w)")
# "i Tarp": no one is "in" a person.
_IN_A_PLACE = re.compile(r"(?<![\w])i $")
# Vessels written before their name: "M/F Ellen", "MS Hammershus".
_VESSEL_PREFIX = re.compile(r"(?:M/[SFVK]|MS|MF|MV|HDMS)\s+")
# Placeholder people in templates and test data: "Eksempel Eksempelsen", "Borger Borgersen", "Test Testesen".
_PLACEHOLDER = re.compile(r"([A-ZÆØÅ][a-zæøå]{2,})\s+(\1[a-zæøå]*(?:sen|søn|son))\b")
_FIRM_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøå]*\s*&\s*$")
# A name joined by a hyphen to a common noun is a compound named after someone: "Carl Nielsen-konkurrencen",
# "Sarah Bernhardt-kager". Nouns for the person's own family or case keep it a person ("Jensen-sagen").
_PERSONAL_COMPOUNDS = frozenset(
    "familie familien familiens sag sagen sagens børn børnene parret søskende drengene pigerne brødrene søstrene "
    "hjemmet husstanden".split()
)

def _gzipped_word_set(name: str) -> frozenset:
    """The lines of a gzipped word list in ``data/``, without its ``#`` header."""
    raw = resources.files("companion").joinpath(f"detection/data/{name}").read_bytes()
    return frozenset(line for line in gzip.decompress(raw).decode("utf-8").splitlines() if line and line[0] != "#")


@lru_cache(maxsize=1)
def load_wide_first_names() -> frozenset:
    """First names borne in Denmark beyond DaCy's table (``data/first_names_wide.txt.gz``, MPL-2.0, from
    os2ds-rules): "Tawan", "Semhar", "Viktoriia". Evidence, not a verdict: see ``WIDE``."""
    return _gzipped_word_set("first_names_wide.txt.gz")


#: The kind of a name known only from the wide list: a name when capitalised mid-sentence or after a
#: cue; at the start of a sentence only if the pipeline agrees; in lower case only after a cue; in
#: capitals only after a strong cue.
WIDE = "wide"

#: Danish endings, longest first, stripped before a word is looked up among the ordinary words.
_INFLECTIONS = ("ernes", "erne", "enes", "ene", "ens", "ets", "nes", "en", "et", "ne", "er", "es", "ns", "ts", "e", "s", "r", "n", "t")


@lru_cache(maxsize=1)
def load_common_words() -> frozenset:
    """Ordinary Danish and English words (lower-case dictionary stems, ``data/common_words.txt.gz``)."""
    return _gzipped_word_set("common_words.txt.gz")


def _compound_of_words(word: str, names) -> bool:
    """Is ``word`` two ordinary words joined, as Danish joins them ("ansættelses|udvalg", "skole|bestyrelse")?"""
    lowered = word.lower()
    for cut in range(3, len(lowered) - 3):
        head, tail = lowered[:cut], lowered[cut:]
        if len(tail) >= 4 and is_common_word(tail, names) and (
            is_common_word(head, names) or (head[-1] in "se" and len(head) > 4 and is_common_word(head[:-1], names))
        ):
            return True
    return False


def is_common_word(word: str, names, inflected: bool = True) -> bool:
    """Is ``word`` an ordinary word and no name we know ("Timer", "Kommunalbestyrelsen", "Team")?

    ``inflected=False`` takes the word only as written: "Taras" is "tara" with an ending, but after
    "sin ven" it is a name.
    """
    lowered = word.lower().rstrip("'’")
    if lowered in names:
        return False
    if "-" in lowered:  # "PPR-vurdering", "Social-og": the last part decides
        lowered = lowered.rsplit("-", 1)[1]
        if not lowered:
            return True
    words = load_common_words()
    return lowered in words or inflected and strips_to_a_word(lowered, words)


def strips_to_a_word(word: str, words) -> bool:
    """Does ``word`` less one common Danish ending, leaving at least three letters, stand in ``words``?"""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in words
        for ending in _INFLECTIONS
    )


class DkPersonRecognizer(EntityRecognizer):
    """Recognize persons' names in Danish text."""

    CONTEXT = [
        "borgeren", "borger", "fru", "hr", "frk", "barnet", "barn", "sønnen", "søn", "datteren",
        "datter", "medarbejderen", "medarbejder", "kollega", "kollegaen", "eleven", "elev",
        "patienten", "beboeren", "klienten", "ansøgeren", "moderen", "faderen", "moren", "faren",
        "mor", "far", "mormor", "morfar", "farmor", "farfar", "søster", "søsteren", "bror",
        "broren", "ægtefællen", "hustru", "manden", "kæresten", "pigen", "drengen", "kære",
        "hej", "hilsen", "mvh", "leder", "lederen", "sagsbehandler", "lærer",
        "pædagog", "navn", "navnet", "hedder", "kaldet", "kontaktperson", "pårørende", "ven", "vennen",
        "veninde", "veninden", "kammerat", "kammeraten", "klassekammerat",
        # English, for prompts written or pasted in English: "Dear Mrs. Okonkwo", "mother of Ethan".
        "mr", "mrs", "ms", "miss", "dear", "mother", "father", "son", "daughter", "wife", "husband",
        "colleague", "pupil", "student", "resident", "citizen", "patient", "client",
    ]
    # Cues that greet or name rather than place someone in a case: "har fået navn efter Florence Nightingale".
    NAMING_CUES = frozenset("kære hej hilsen mvh navn navnet hedder kaldet dear".split())
    # These cues are so strong that any capitalised word after them is a name.
    STRONG_CUES = ["fru", "hr", "frk", "kære", "hedder", "navn", "navnet", "mr", "mrs", "ms", "miss", "dear"]
    # Right after these a lower-case word that is no ordinary word is a name too: "hej mattson",
    # "mvh tigist", "han hedder goergh bush" (people greet, sign and name in lower case; "hej alle" does not).
    # Not "kære": "kære forældre", "kære ansættelsesudvalg" greet groups in words the word list lacks.
    LOWER_CASE_CUES = frozenset("hej hejsa hilsen mvh hedder".split())
    # A name followed by one of these is part of a place, a building, an organisation or a feast:
    # "Hans Tavsens Gade", "Carl Nielsen Salen", "Louises Bro", "Sønderborg Slot", "Mortens aften".
    # Words of four letters or more also end compounds: "Ingrid Jespersens Gymnasieskole", "… Idrætshallen".
    NOT_PERSON_AFTER = frozenset(
        "kommune region regionen hospital hospitalet sygehus sygehuset skole skolen gade gaden vej vejen plads "
        "pladsen allé alle torv torvet bro broen park parken have haven a/s aps fond fonden centret center centeret "
        "børnehave vuggestue institution kirke kirken station stationen bibliotek biblioteket universitet "
        "gymnasium gymnasiet gymnasieskole museum museet hus huset hallen hal salen sal kollegium kollegiet stadion "
        "plejecenter plejehjem plejehjemmet hospice teater teatret teateret stræde strædet kaserne "
        "kasernen mindesten statue statuen prisen legat legatet selskab selskabet instituttet institut "
        "kvarter kvarteret bydel bydelen havn havnen slot slottet mølle møllen strand stranden klint fyr fyret "
        "skov skoven sø søen bakke bakken bjerg høj højen ø øen by byen gård gården aften dag dagen nat pris "
        "mindepris mindeprisen legat mindelegat medalje medaljen".split()
    )
    # A name after one of these is a ship, a storm, a prize, a building or a work, not a person:
    # "færgen Peder Paars", "stormen Ingrid", "prisen Årets Ildsjæl"; compounds too ("skoleskibet …").
    NOT_PERSON_BEFORE = frozenset(
        "færgen færge skibet skib m/s m/f m/v ms mf båden toget prisen legatet fonden statuen bygningen "
        "skolen gymnasiet museet hallen salen plejecentret vejen gaden pladsen bogen filmen opholdsstedet bostedet "
        "botilbuddet døgninstitutionen institutionen plejehjemmet børnehaven vuggestuen klubben "
        "romanen stykket forestillingen stormen orkanen uvejret kong dronning prins prinsesse kronprins "
        "kronprinsesse sankt skt spille spiller spillede rollen melodien sangen digtet eventyret serien "
        "hunden katten hesten kaninen nissen trolden dragen heksen robotten dukken bamsen marsvinet hamsteren "
        "papegøjen grisen koen ponyen kontorkat kontorkatten kontorhund kontorhunden skolekat skolehund terapihund "
        "terapihunden besøgshund besøgshunden førerhund førerhunden maskot maskotten".split()
    )
    # Words that make a span an organisation or a service, whatever the pipeline says.
    ORGANISATION_WORDS = {
        "jobcenter", "jobcentret", "borgerservice", "kommune", "kommunen", "region", "regionen", "a/s",
        "aps", "i/s", "energi", "forvaltning", "forvaltningen", "udvalg", "udvalget", "afdeling",
        "afdelingen", "sekretariat", "sekretariatet", "gdpr", "facebook", "teams", "outlook", "word",
        "excel", "chatgpt", "gpt", "copilot", "gemini", "mistral", "nexus", "aula", "punkt", "dagsordenspunkt",
        "mobilepay", "mitid", "nemid", "e-boks", "eboks", "vipps", "kmd", "municipality", "council", "county",
    }
    # A span that starts or ends with one of these names a firm, a medium or a system: "Jutlander Bank",
    # "Skou Logistik", "Nordvik Rådgivning", "TV Midtvest", "Radio Fredsund", "Fredsund Municipality".
    ORGANISATION_HEADS = frozenset(
        "bank banken sparekasse logistik rådgivning byg byggeri entreprise transport service consult consulting "
        "holding group gruppen partners partnere revision avis avisen radio tv posten tidende municipality council "
        "system systems forening foreningen advokatfirma advokatfirmaet tegnestue arkitekter tømrer snedker murer maler "
        "vvs elektriker kloak anlæg entreprenør rengøring auto smed blikkenslager glarmester vognmand anlægsgartner "
        "ejendomsservice ejendomme invest finans kaffe te chokolade bryggeri mejeri bageri slagter vin møbler design "
        "ure cykler biler sko tøj legetøj kiks".split()
    )
    # A word that ends in one of these is an institution's name ("Bakkeskolen", "Danmarks Naturfredningsforening").
    INSTITUTION_ENDINGS = ("skolen", "skole", "forening", "foreningen", "centret", "centeret", "hjemmet", "børnehave",
                           "børnehaven", "vuggestue", "vuggestuen", "gymnasium", "gymnasiet", "klinikken", "hospitalet",
                           "gården")  # "Mosegården", a care home; the surnames end in -gård or -gaard
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
        pipeline_people, pipeline_other = self._pipeline_spans(nlp_artifacts)
        candidates = self._from_lists(text, names, homographs)
        if self._pipeline_ran(nlp_artifacts):
            candidates = [c for c in candidates if not c.needs_pipeline or any(s <= c.start and c.end <= e for s, e in pipeline_people)]
        candidates += [c for c in (self._check_pipeline_span(text, s, e, names, homographs) for s, e in pipeline_people) if c]
        candidates = [c for c in candidates if not self._inside_place_or_org(text, c, pipeline_other, names)]
        figures = [(s, e) for s, e in public_figure_spans(text) if not self._cue_before(text, s, self.case_cues)]
        not_people = self._lists_of_places_and_things(text, names)
        candidates = self._without_places_and_history(text, candidates, names, figures, not_people)
        candidates += [
            c for c in self._coordinated(text, candidates, names, homographs, pipeline_other)
            if not self._inside_place_or_org(text, c, pipeline_other, names)
        ]
        candidates += self._senders(text, names)
        candidates += self._handles(text, names, homographs)
        candidates += self._repeated_parts(text, candidates)
        candidates += self._initials(text, candidates)
        return [self._result(c) for c in self._merge(self._without_places_and_history(text, candidates, names, figures, not_people))]

    @staticmethod
    def _in_a_code(text, candidate) -> bool:
        """Letters glued to digits, to a label in capitals or inside a link or an e-mail address are part of
        a code, not a name ("t.co/Ea9MOsl5VY", "TLP:AMBER", "hanne.jensen@kommune.dk")."""
        before, after = text[candidate.start - 1 : candidate.start], text[candidate.end : candidate.end + 1]
        if before.isdigit() or after.isdigit():
            return True
        if before == ":" and re.search(r"(?:^|\s)[A-ZÆØÅ]{2,}$", text[max(0, candidate.start - 12) : candidate.start - 1]):
            return True
        line_start = text.rfind("\n", 0, candidate.start) + 1
        token_start = max(text.rfind(" ", line_start, candidate.start), line_start - 1) + 1
        token_end = min((i for i in (text.find(c, candidate.end) for c in " \n\t") if i != -1), default=len(text))
        token = text[token_start:token_end]
        return "://" in token or token.startswith("www.") or "@" in token[1:]  # an e-mail address is its own finding

    def _without_places_and_history(self, text, candidates, names, figures, not_people):
        """Leave out a town taken for a surname ("Bevtoft", "Viborgs") and a historical figure ("H.C. Andersen").

        A case cue before it ("fru Kastrup", "borgeren Knud Rasmussen") makes it a person again, and a
        town that is also a first name ("Flemming") stays a name. ``figures``: where the text names a
        historical figure with no case cue; ``not_people``: items of lists of places or things; both found
        once per text by ``analyze``.
        """
        kept = []
        for c in candidates:
            if self._in_a_code(text, c):
                continue
            if in_table_header(text, c.start) and is_common_word(text[c.start : c.end], {}):
                continue  # a column's name ("Navn;Cpr;Stilling"), also when it is a surname too
            if " " not in text[c.start : c.end] and any(s <= c.start and c.end <= e for s, e in not_people):
                continue  # one word in a list of places or things; a full name stays a name
            if text[c.start : c.end].lower() in _MONTH_ABBREVIATIONS and _YEAR_AFTER.match(text, c.end):
                continue  # "Jan 2025: flytter til DK" is a date
            if any(s < c.end and c.start < e for s, e in figures):
                continue  # also "Ole Rømer Observatoriet", a name the figure's name is part of
            value = text[c.start : c.end]
            if is_place(value) and names.get(value.lower()) not in ("first", "both") and not self._cue_before(text, c.start):
                continue
            kept.append(c)
        return kept

    def _lists_of_places_and_things(self, text, names):
        """Items of a list share their kind: in "Hals, Hou, Marielyst og Henne Strand" a town or a place
        word makes every item a place, and after "stormene" or "færgerne" every item is a storm or a ship.
        A known first name in the list keeps it a list of people ("Hanne, Aarhus og Lars"). Ordinary words
        make it a list of things when one of them is no name at all ("Ask, Birk, Eg og Lind": trees)."""
        spans = []
        for m in _LIST.finditer(text):
            items = list(_LIST_ITEM.finditer(text, m.start(2), m.end(2)))
            values = [i.group() for i in items]
            head = (m.group(1) or "").lower()
            things = head in self.NOT_PERSON_BEFORE or head.endswith(_VESSEL_ENDINGS)
            places = any(is_place(v) or v.split()[-1].lower() in self.NOT_PERSON_AFTER for v in values)
            people = any(names.get(v.split()[0].lower()) in ("first", "both") and not is_place(v) for v in values)
            words = [v for v in values if " " not in v]
            things = things or (
                len(words) == len(values) and all(is_common_word(v, {}) for v in words)
                and any(names.get(v.lower()) is None for v in words)
            )
            if things or (places and not people):
                spans += [(i.start(), i.end()) for i in items]
        return spans

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
                kind, _ = self._lookup(word, names, homographs)
                joined = _Candidate(start, end, LOWER_CASE_NAME if lower_case else FIRST_NAME, first_name=kind in ("first", "both", WIDE))
                found.append(joined)
                work.append(joined)
        return found

    def _joinable(self, word, lower_case, by_comma, names, homographs) -> bool:
        lowered = word.lower()
        if lowered in FUNCTION_WORDS or lowered in self.cues or word.islower() != lower_case or is_place(word):
            return False
        kind, _ = self._lookup(word, names, homographs)
        if kind is not None:
            return kind != "last" or not lower_case
        return not (lower_case or by_comma) and len(word) > 2 and not word.isupper() and not is_common_word(word, names)

    def _cue_before(self, text, start, cues=None) -> bool:
        return nearest_cue(words_before(text, start, count=2), cues or self.cues, prefix=False) is not None

    @staticmethod
    def _senders(text, names):
        """The writer named in a quoted mail's or post's header is a person, whatever the name looks like
        ("KimHong"); "kl. 14.30 skrev vi under" and "skrev referatet" name no one."""
        found = []
        for pattern in (_SENDER_AFTER_TIME, _SENDER_BEFORE_WROTE):
            for m in pattern.finditer(text):
                first = m.group(1).split()[0]
                if first.lower() in FUNCTION_WORDS or (first.islower() and is_common_word(first, names)):
                    continue
                found.append(_Candidate(m.start(1), m.end(1), AFTER_STRONG_CUE, sure=True))
        return found

    @staticmethod
    def _handles(text, names, homographs):
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
                found.append(_Candidate(m.start(), m.end(), HANDLE))
        return found

    @staticmethod
    def _repeated_parts(text, candidates):
        """Once "Jens Wiese" is a name, a later "Wiese" or "Jens" alone is the same person."""
        parts = set()
        for c in candidates:
            words = _WORD.findall(text[c.start : c.end])
            if c.sure and len(words) > 1:
                parts.update(w for w in words if len(w) > 2 and w[0].isupper())
        if not parts:
            return []
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(parts, key=len, reverse=True))) + r")s?(?![\w-])")
        return [
            _Candidate(m.start(), m.end(), REPEATED_PART)
            for m in pattern.finditer(text)
            # "Hans Ebbe Kure … Hans datter kommer": at a sentence's start a word like "Hans" is the pronoun
            if not (m.group().lower() in FUNCTION_WORDS and DkPersonRecognizer._at_sentence_start(text, m.start())
                    and _POSSESSED_AFTER.match(text, m.end()))
        ]

    @staticmethod
    def _initials(text, candidates):
        """Initials in the places people write them: dotted, in brackets after a name, after a minutes label."""
        found = [_Candidate(m.start(), m.end(), INITIALS) for m in _DOTTED_INITIALS.finditer(text)]
        name_ends = {c.end for c in candidates}
        for m in _BRACKETED_INITIALS.finditer(text):
            if m.group(1) not in _NOT_INITIALS and text[: m.start()].rstrip() and len(text[: m.start()].rstrip()) in name_ends:
                found.append(_Candidate(m.start(1), m.end(1), INITIALS))
        for label in _INITIALS_LABEL.finditer(text):
            position = label.end()
            while (m := _INITIALS_LIST.match(text, position)) and m.group(1) not in _NOT_INITIALS:
                found.append(_Candidate(m.start(1), m.end(1), INITIALS))
                position = m.end()
        found += [
            _Candidate(m.start(1), m.end(1), INITIALS)
            for pattern in (_SIGNATURE_INITIALS, _ROLE_BEFORE_INITIALS)
            for m in pattern.finditer(text)
            if m.group(1).upper() not in _NOT_INITIALS
        ]
        for m in _INITIALS_CELL.finditer(text):
            if m.group(1) not in _NOT_INITIALS and header_has_cue(column_header(text, m.start(1)), _STAFF_HEADERS):
                found.append(_Candidate(m.start(1), m.end(1), INITIALS))
        for m in _BRACKETED_INITIALS_LIST.finditer(text):
            for part in re.finditer(r"[A-ZÆØÅ]{2,4}", m.group(1)):
                if part.group() not in _NOT_INITIALS:
                    found.append(_Candidate(m.start(1) + part.start(), m.start(1) + part.end(), INITIALS))
        return found + DkPersonRecognizer._repeated_initials(text, found + DkPersonRecognizer._initials_of_names(text, candidates))

    @staticmethod
    def _initials_of_names(text, candidates):
        """The initials of a full name in the text stand for that person: "Karsten Møller Dam" … "KMD"."""
        found = []
        for c in candidates:
            words = _WORD.findall(text[c.start : c.end])
            if c.sure and len(words) > 1 and all(w[0].isupper() for w in words):
                for letters in {"".join(w[0] for w in words), words[0][0] + words[-1][0]}:
                    if letters not in _NOT_INITIALS:
                        found.append(_Candidate(-1, -1, INITIALS, letters=letters))
        return found

    @staticmethod
    def _repeated_initials(text, found):
        """Initials once given for a person ("Til stede: LH, MK") stand for that person later ("LH tager …")."""
        declared = {c.letters or text[c.start : c.end] for c in found}
        declared = {d for d in declared if d.isupper()}
        if not declared:
            return []
        pattern = re.compile(r"(?<![\w./])(?:" + "|".join(map(re.escape, sorted(declared, key=len, reverse=True))) + r")(?![\wæøå])")
        return [_Candidate(m.start(), m.end(), INITIALS) for m in pattern.finditer(text)]

    # -- name lists and cues ---------------------------------------------------------------

    def _from_lists(self, text, names, homographs) -> list[_Candidate]:
        words = list(_WORD.finditer(text))
        found, index = [], 0
        while index < len(words):
            run = self._name_run(text, words, index, names, homographs)
            if run is None:
                index += 1
                continue
            last, score, sure, first_name, needs_pipeline = run
            found.append(_Candidate(words[index].start(), words[last].end(), score, sure, first_name, needs_pipeline))
            index = last + 1
        return found

    def _name_run(self, text, words, index, names, homographs):
        """Return (index of the last word, score) for a name starting at ``index``, or None."""
        first = words[index]
        if first.group().lower() in self.ORGANISATION_WORDS:
            return None  # "Hej ChatGPT"
        if first.group().lower() in self.STRONG_CUES:
            return None  # a title or a greeting ("Mrs", "Kære") opens a name but is none
        kind, homograph = self._lookup(first.group(), names, homographs)
        capital = first.group()[0].isupper()
        if kind is None and not capital and not self._unknown_after_lower_case_cue(text, first, names):
            return None  # most words: decided before looking for cues
        needs_pipeline = False
        if _HR_DEPARTMENT.search(text, max(0, first.start() - 4), first.start()):
            cue = strong = None  # "HR API", "HR Lene": the department, not "hr." (Mr)
        else:
            cue = nearest_cue(words_before(text, first.start(), count=2), self.cues, prefix=False)
            strong = (
                nearest_cue(words_before(text, first.start(), count=1), self.STRONG_CUES, prefix=False) is not None
                or _FORM_LABEL.search(text[max(0, first.start() - 20) : first.start()]) is not None
            )
        if kind is None and capital and _FOREIGN_NAME_LETTERS.search(first.group()):
            kind = "both"
        if kind == WIDE and ((not capital and cue is None) or (len(first.group()) > 1 and first.group().isupper() and not strong)):
            return None  # "semhar" alone, or "EAN" and "IBAN": abbreviations before names
        # A capitalised word no list knows is a name after a strong cue or right after a cue for a
        # person ("datteren Sofiia", "sin ven Taras", "mother of Ethan"), unless it is an ordinary word.
        next_to_cue = self._next_to_cue(text, first.start())
        if kind is None and not capital:
            kind = "first"  # an unknown lower-case word right after a greeting, a signature or "hedder"
        elif kind is None and not (
            capital and len(first.group()) > 1 and not is_common_word(first.group(), names)
            and (strong or next_to_cue and not _compound_of_words(first.group(), names))
        ):
            return None

        last = index
        while last + 1 < len(words) and self._continues_name(
            text, words[last], words[last + 1], names, homographs, capital, open_ended=strong
        ):
            last += 1
        several = last > index
        if not several and len(first.group()) > 1 and first.group().isupper() and not strong:
            return None  # a word in capitals alone is an acronym or a shout: "POST", "API", "BO"

        at_sentence_start = self._at_sentence_start(text, first.start())
        if several and (capital or not homograph):
            score = FULL_NAME
        elif strong and capital:
            score = AFTER_STRONG_CUE
        elif homograph and first.group().lower() in FUNCTION_WORDS:
            return None  # "De", "Hans" and "Sine" alone are words, not names
        elif homograph:
            if cue is not None and capital:
                score = HOMOGRAPH_AFTER_CUE
            elif capital and not at_sentence_start and not _AFTER_CAPITALISED_WORD.search(text, 0, first.start()):
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
        elif kind != "last" or cue is not None:  # "ring til mette"; lower-case surnames need a cue
            score = LOWER_CASE_NAME
            # "gul", "birk" and "rim" are words far more often; "mette" and "simone" are nothing but names.
            needs_pipeline = cue is None and (kind == WIDE or is_common_word(first.group(), {}))
        else:
            return None
        if cue is not None:
            score = min(score + CUE_BONUS, HIGHEST)
        sure = (several and (capital or not homograph)) or (strong and capital)
        return last, score, sure, kind in ("first", "both") and not homograph, needs_pipeline

    def _next_to_cue(self, text, start) -> bool:
        """Is a cue for a person right before ``start``, with only a space between ("datteren Sofiia",
        "mother of Ethan"; not "sagsbehandler, Ydelsesservice")?"""
        match = _CUE_THEN_SPACE.search(text, max(0, start - 40), start)
        return bool(match) and match.group(1).lower() in self.cues

    def _unknown_after_lower_case_cue(self, text, word, names) -> bool:
        value = word.group()
        if len(value) < 3 or value in FUNCTION_WORDS or value in self.cues or value in self.ORGANISATION_WORDS:
            return False
        before = words_before(text, word.start(), count=1)
        return (
            bool(before) and before[-1].lower() in self.LOWER_CASE_CUES
            and not is_common_word(value, names) and not _compound_of_words(value, names)
        )

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
        if value.lower() in self.NOT_PERSON_AFTER and not self._surname_after_first_name(word.group(), value, names):
            return False
        kind, _ = self._lookup(value, names, homographs)
        if kind is not None or (capital and _FOREIGN_NAME_LETTERS.search(value)):
            return True
        if capital and open_ended and not is_common_word(value, names):
            return True
        # A capitalised unknown word after a first name is most likely a surname.
        first_kind, first_homograph = self._lookup(word.group(), names, homographs)
        if first_kind is None and _FOREIGN_NAME_LETTERS.search(word.group()):
            first_kind = "both"
        if first_kind == WIDE and is_common_word(value, names):
            return False  # "Tesla Model": a wide-list name before an ordinary word names no one
        return capital and (_INITIAL.match(value) or (first_kind in ("first", "both", WIDE) and not first_homograph))

    @staticmethod
    def _lookup(word, names, homographs):
        """Return (kind, is_homograph) for a word, possessives and hyphenated names included."""
        lowered = word.lower().rstrip("'’")
        for form in (lowered, lowered[:-1] if lowered.endswith("s") else None):
            if not form:
                continue
            parts = form.replace("’", "'").split("-")
            if all(part in names for part in parts):
                kinds = {names[part] for part in parts}
                kind = "first" if kinds == {"first"} else "last" if kinds == {"last"} else "both"
                homograph = len(parts) == 1 and form in homographs
                if form != lowered and (lowered in homographs or lowered in FUNCTION_WORDS):
                    homograph = True  # "hans" and "this" are words before they are Han's and Thi's
                return kind, homograph
        wide = load_wide_first_names()
        if lowered in wide or (lowered.endswith("s") and lowered[:-1] in wide and lowered not in FUNCTION_WORDS):
            return WIDE, False
        return None, False

    # -- the spaCy pipeline -----------------------------------------------------------------

    @staticmethod
    def _pipeline_ran(nlp_artifacts) -> bool:
        """Did a pipeline with NER look at the text (not the blank tokenizer of degraded mode)?"""
        doc = getattr(nlp_artifacts, "tokens", None)
        return doc is not None and doc.has_annotation("ENT_IOB")

    @staticmethod
    def _pipeline_spans(nlp_artifacts):
        if not nlp_artifacts or not nlp_artifacts.entities:
            return [], []
        people, other = [], []
        for span in nlp_artifacts.entities:
            (people if span.label_ == "PERSON" else other if span.label_ in DkPersonRecognizer.BLOCKING_LABELS else []).append(
                (span.start_char, span.end_char)
            )
        return people, other

    def _check_pipeline_span(self, text, start, end, names, homographs):
        """Trim cue words off a pipeline PER span ("Hej Søren"); drop it if nothing name-like is left."""
        words = [m for m in _WORD.finditer(text, start, end) if not self._is_cue_or_stop_word(m.group())]
        if not words:
            return None
        start, end = words[0].start(), words[-1].end()
        value = text[start:end]
        known = [self._lookup(w.group(), names, frozenset())[0] for w in words]
        if value.islower() and not any(known):
            return None
        if "&" in value:
            return None  # "Holm & Partnere" is a firm
        # Right after a cue the pipeline's word is taken unless it is an ordinary word as written:
        # "sin ven Taras" ("tara" + s), not "borgeren Hjemmeplejen" (two words joined).
        after_cue = self._next_to_cue(text, start) and len(words) == 1 and not _compound_of_words(value, names)
        if not any(known) and all(is_common_word(w.group(), names, inflected=not after_cue) for w in words):
            return None  # "Timer", "Team Syd", "Økonomiudvalget anbefales": words the pipeline took for a name
        if len(words) == 1 and self._at_sentence_start(text, start) and value.lower() in homographs:
            return None  # "Otte politiske partier."
        if len(words) == 1 and value.isupper():
            return None  # a letter or an acronym ("C", "IBAN", "ADHD"); "fru JENSEN" is found from the lists
        lowered = {w.group().lower() for w in words}
        lowered |= {w[:-1] for w in lowered if w.endswith("s")}  # "Vestlund Kommunes konto"
        if lowered & self.ORGANISATION_WORDS or words[-1].group().lower() in self.NOT_PERSON_AFTER:
            return None
        edges = {words[0].group().lower().rstrip("'’s"), words[-1].group().lower()}
        if edges & self.ORGANISATION_HEADS or self._institution_name(words[-1].group(), names):
            return None
        if any(len(w) >= 6 and w in self.NOT_PERSON_AFTER and names.get(w) not in ("last", "both") for w in lowered):
            return None  # "Close Plejecenter Lindely": an institution's name, not a person's
        if len(words) == 1 and not known[0] and value.endswith(_DEMONYM_ENDINGS) and _LOWER_WORD_AFTER.match(text, end):
            return None  # "the Swedish social services", "Ukrainian refugees"
        if len(words) == 1 and not known[0]:
            # One unknown word: the small pipelines tag capitalised first words of a sentence ("Ansøgning")
            # and words joined from two ordinary ones ("Støttebehov", "Vesterby") as names.
            if _compound_of_words(value, names):
                return None
            if self._at_sentence_start(text, start):
                return None
            return _Candidate(start, end, UNKNOWN_SINGLE_WORD)
        return _Candidate(start, end, FULL_NAME, sure=True)

    def _institution_name(self, word, names) -> bool:
        """"Bakkeskolen", "Kongensgade", "Strandvejen": one word naming an institution or a street."""
        lowered = word.lower()
        return names.get(lowered) is None and any(
            lowered.endswith(e) and len(lowered) > len(e) + 2 for e in (*self.INSTITUTION_ENDINGS, *STREET_ENDINGS)
        )

    @staticmethod
    def _at_sentence_start(text, start) -> bool:
        return start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3) : start]))

    def _is_cue_or_stop_word(self, word: str) -> bool:
        lowered = word.lower()
        return lowered in self.cues or lowered in FUNCTION_WORDS or lowered in _ROLE_LABELS

    @staticmethod
    def _surname_after_first_name(previous: str, word: str, names) -> bool:
        """"Kenneth Bro", "Rune Høj Sandahl": a place word that is also a surname, after a first name."""
        lowered = previous.lower()
        return (
            names.get(word.lower()) in ("last", "both")
            and names.get(lowered) in ("first", "both")
            and not lowered.endswith(("s", "'", "’"))
        )

    @staticmethod
    def _part_of_a_place(text, candidate) -> bool:
        """Is the candidate one word of a place of two words ("Sri Lanka", "Costa Rica")?"""
        before = _WORD_BEFORE_SPACE.search(text, max(0, candidate.start - 30), candidate.start)
        after = _WORD.match(text, candidate.end + 1) if text[candidate.end : candidate.end + 1] == " " else None
        value = text[candidate.start : candidate.end]
        return bool(
            (before and is_place(f"{before.group(1)} {value}")) or (after and is_place(f"{value} {after.group()}"))
        )

    def _place_word(self, word: str) -> bool:
        return word in self.NOT_PERSON_AFTER or any(
            len(place) >= 4 and word.endswith(place) for place in self.NOT_PERSON_AFTER
        )

    def _inside_place_or_org(self, text, candidate, other_spans, names) -> bool:
        # "Carl Nielsen Salen", "Carl Nielsen-salen", "Louises Bro".
        joiner = text[candidate.end : candidate.end + 1]
        following = _WORD.match(text, candidate.end + 1) if joiner in (" ", "-") else None
        last_word = _WORD.findall(text[candidate.start : candidate.end])[-1:]
        if following and joiner == " " and following.group().lower() in self.ORGANISATION_HEADS:
            return True  # "Skou Logistik", "Bjerregaard Byg"
        if (
            following
            and self._place_word(following.group().lower())
            and not (last_word and self._surname_after_first_name(last_word[0], following.group(), names))
        ):
            return True
        capitalised = text[candidate.start : candidate.start + 1].isupper()  # "clara V" is a pupil and a code
        if capitalised and (_REGNAL_NUMBER.match(text, candidate.end) or _REGNAL_NUMBER.search(text, candidate.start, candidate.end)):
            return True  # "Christian IV", "Frederik IX": monarchs are history, not personal data
        if any(len(w) > 6 and w[0].isupper() and w.lower().endswith(_HOLIDAY_ENDINGS)  # not "Mustafas fødselsdag"
               for w in [*last_word, *([following.group()] if following else [])]):
            return True  # "Kristi Himmelfartsdag", "Mortensaften": a holiday
        if _COUPLES_FOUNDATION_AFTER.match(text, candidate.end):
            return True  # "Aage og Johanne Louis-Hansens Fond"
        value = text[candidate.start : candidate.end]
        unknown = not any(names.get(w.lower()) for w in _WORD.findall(value))
        if unknown and (_MEDICINE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
                        or _MEDICINE_AFTER.match(text, candidate.end)):
            return True  # a medicine no list holds
        if _EPONYM_AFTER.match(text, candidate.end) and " " not in value:
            return True  # "Lewy body-demens"
        if _WORK_TITLE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start):
            return True  # the title of a song or a book
        if _VESSEL_PREFIX.match(value) or _VESSEL_PREFIX.search(text, max(0, candidate.start - 6), candidate.start):
            return True  # "M/F Ellen"
        placeholder = _PLACEHOLDER.search(text, max(0, candidate.start - 20), min(len(text), candidate.end + 20))
        if placeholder and placeholder.start() <= candidate.start < placeholder.end() and is_common_word(placeholder.group(1), {}):
            return True  # "Eksempel Eksempelsen", "Borger Borgersen": a placeholder
        if _FIRM_SUFFIX.search(value):
            return True  # "Clean Partner Syd A/S"
        if (" " not in value and names.get(value.lower()) not in ("first", "both")
                and _IN_A_PLACE.search(text, max(0, candidate.start - 4), candidate.start)):
            return True  # "daginstitutionen i Tarp": a village no list holds
        brand = _WORD.match(text, candidate.end + 1) if text[candidate.end : candidate.end + 1] == " " else None
        if brand and "-" in brand.group() and brand.group()[0].isupper() and brand.group().rsplit("-", 1)[1].islower():
            return True  # "en Georg Jensen-vase", "Karen Volf-småkager": a brand named after someone
        head = _WORD.match(text, candidate.start)
        if head and head.group().islower() and (head.group() in self.NOT_PERSON_BEFORE or head.group().endswith(_VESSEL_ENDINGS)):
            return True  # "redningsbåden Emile Robin", taken whole by the pipeline
        if _ANIMAL_NAMED.search(text, max(0, candidate.start - 40), candidate.start):
            return True  # an animal in a story is no person
        if self._part_of_a_place(text, candidate):
            return True  # "Sri Lanka", "Costa Rica"
        if _FIRM_AFTER.match(text, candidate.end) or _FIRM_BEFORE.search(text, max(0, candidate.start - 40), candidate.start):
            return True  # "Holm & Partnere", "Hansen & Søn Anlæg ApS", "Svend Aage Møllers Rengøring A/S", "Lind & Ravn"
        tail = last_word[0].rsplit("-", 1)[1] if last_word and "-" in last_word[0] else ""
        if tail.islower() and tail not in _PERSONAL_COMPOUNDS and tail not in names:
            return True  # "Carl Nielsen-konkurrencen"; not "hanne holm-nielsen"
        before = words_before(text, candidate.start, count=1)
        adjacent = text[max(0, candidate.start - 20) : candidate.start].rstrip()[-1:].isalpha()  # not "botilbuddet, Susanne"
        if adjacent and before and (before[-1] in self.NOT_PERSON_BEFORE or before[-1].endswith(_VESSEL_ENDINGS)):
            return True
        if candidate.sure:  # a full name or a strong cue outweighs the pipeline's LOC/ORG
            return False
        # A surname or an ordinary word inside a place or organisation ("Jensens Bøfhus").
        # A known first name stays a name: the small pipelines tag "Ida" or
        # "Kronprins Frederik" as organisations.
        return not candidate.first_name and any(s <= candidate.start and candidate.end <= e for s, e in other_spans)

    # -- results ---------------------------------------------------------------------------

    @staticmethod
    def _merge(candidates):
        merged = []
        for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
            if merged and c.start < merged[-1].end:
                last = merged[-1]
                last.end = max(last.end, c.end)
                last.score = max(last.score, c.score)
                last.sure = last.sure or c.sure
                last.first_name = last.first_name or c.first_name
            else:
                merged.append(_Candidate(c.start, c.end, c.score, c.sure, c.first_name))
        return merged

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
    def candidate_of(result) -> _Candidate:
        """The candidate behind a result, so rules over a whole text can use its flags (scan_cache)."""
        metadata = result.recognition_metadata or {}
        return _Candidate(result.start, result.end, result.score, metadata.get(SURE_KEY, False), metadata.get(FIRST_NAME_KEY, False))
