"""Places, organisations and things named like people: what makes a name-like word no person.

Danes name streets, schools, care homes, ferries, storms, prizes, firms, medicines and holidays after
people ("H.C. Ørsteds Vej", "M/F Ellen", "stormen Bodil", "Holm & Partnere", "Mortensaften"), and a
village or a list of trees looks just like a list of first names ("i Tarp", "Ask, Birk, Eg og Lind").
None of these is personal data. The person recognizer asks these plain functions about each candidate;
the words and patterns that decide live here, beside the question they answer.
"""

import re
from functools import lru_cache

from .context_words import FUNCTION_WORDS, MARKDOWN_HEADER, column_header, line_around, words_before
from .dk_address_recognizer import own_street_at
from .name_words import WIDE, WORD, compound_of_words, is_common_word, korean_given_name, load_names, load_wide_first_names, lookup, surname_after_first_name
from .person_initials import COMMENT_TAG
from .required_words import Guarded
from .world_knowledge import is_place

#: Endings of one-word street names ("Kongensgade", "Strandvejen", "Grønnegårdsstræde").
STREET_ENDINGS = ("gade", "gaden", "vej", "vejen", "stræde", "strædet", "allé", "alle", "torv", "torvet", "plads",
                  "pladsen", "boulevard", "boulevarden", "vang", "vænget", "straße", "strasse")  # "Vestervang", "Lærkevænget": housing areas
# A list of capitalised items: "Hals, Hou, Marielyst og Henne Strand", "stormene Allan og Bodil".
_ITEM = r"[A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+)?"
# (three or more items need no "og": "efter lokale fugle: Vibe, Lærke, Ravn, Svale"; the head may take a colon. The head
# starts a word: a match headed from inside one would have started a letter earlier, and the search no longer tries
# every letter of every word as a head)
_LIST = re.compile(
    rf"(?:(?<![^\W\d_])([^\W\d_]+):?\s+)?({_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+(?:og|eller|and|or)\s+{_ITEM})|{_ITEM}(?:\s*,\s*{_ITEM}){{2,}})"
)
_LIST_ITEM = re.compile(_ITEM)


# Plural words for people that head a list of their names.
_PEOPLE_BEFORE_A_LIST = frozenset(
    "børnene eleverne drengene pigerne ungerne deltagerne beboerne borgerne forældrene medarbejderne kollegerne "
    "tvillingerne brødrene søstrene søskende pårørende children pupils kids twins "
    # a list said to be of names: "Med navnene: Kloster, Eskildsen, Kastrup" (surnames that are also places)
    "navne navnene names".split()
)


@lru_cache(maxsize=4)
def _lists(text) -> tuple:
    """The lists of ``text`` as (head word or "", ((start, end) of each item, …)): found once for the two readers below.
    A head after a preposition says where, not what the items are: "ryge bag hallen: Villads, Nora og Jamal"."""
    return tuple(
        (m.group(1) if m.group(1) and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)) else "",
         tuple(i.span() for i in _LIST_ITEM.finditer(text, m.start(2), m.end(2))))
        for m in _LIST.finditer(text)
    )
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:bag|ved|hos|foran|udenfor|indenfor)\s+$", re.IGNORECASE)  # (not "fra stormene Allan og Bodil")
_WORD_BEFORE_SPACE = re.compile(r"([^\W\d_]+) $")
# A first name with a regnal number is a monarch: "Christian IV", "Frederik IX", "Margrethe II".
_REGNAL_NUMBER = re.compile(  # "Margrethe I." ends a sentence; "Christian den Fjerde", "Valdemar den Store"
    # (one letter before a speaker's colon or a list's dash is a surname's initial: "Maiken V: resultatet er kommet", "Karl
    # Erik V – Marevan kl 18", and so is one before a
    # full stop and a word in lower case or a dash: "hvornår Jens V. har 25 år", "Emne: Malthe I. – opfølgning"; not a number:
    # "Margrethe I. 10 spørgsmål med svar")
    r" (?:[IVX]{1,5}(?![\w-])(?!\.\w)(?<![ ][IVX](?=:|[ \t]+[–-][ \t]))(?<![ ][IVX](?=\.[ \t]+[a-zæøå–-]))|den (?:Første|Anden|Andet|Tredje|Fjerde|Femte|Sjette|Syvende|Ottende|Niende|Tiende"
    r"|Ellevte|Tolvte|Store|Hellige|Gode|Sejrrige)s?\b)"  # (also its genitive: "Frederik den Syvendes statue")
)
# A name ending in s, its genitive's apostrophe and the word after: "Agnete Friis' Fond".
_APOSTROPHE_GENITIVE_HEAD = re.compile(r"(?<=s)['’] (\w+)")
_FOUNDATION_WORDS = ("fond", "fonden", "fonds", "fondens", "legat", "mindefond", "mindelegat")  # ("Poul Due Jensens Fonds lokaler")
#: What a law, an effect or a theory is called after its finder: "Benfords lov", "Maslows behovspyramide".
_NAMED_IDEAS = ("lov", "princip", "paradoks", "effekt", "teori", "behovspyramide", "sætning")
# A foundation named after a couple: "Aage og Johanne Louis-Hansens Fond", "Knud og Agnete Friis' Fond".
_COUPLES_FOUNDATION_AFTER = re.compile(
    rf" og (?:[A-ZÆØÅ][\w.'-]*\s+){{0,3}}[A-ZÆØÅ][\w-]*s['’]?\s+(?i:[\w-]*(?:{'|'.join(_FOUNDATION_WORDS)}))\b"
)
# Pets, with their definite forms: a pet is named at its noun ("Kontorhunden Bamse", "katten Misse") or with
# "der hedder" ("hunden som hed Bella").
_PETS = {"hund": "hunden", "kat": "katten", "hest": "hesten", "pony": "ponyen", "kanin": "kaninen", "gris": "grisen",
         "papegøje": "papegøjen", "marsvin": "marsvinet", "hamster": "hamsteren"}
# An animal's or a toy's name: "en lille rask hare, der hedder Frode Fræk", "en golden retriever der hedder Luna".
_ANIMAL_NAMED = Guarded(re.compile(
    r"\b(?:[\w-]*(?:hund|kat|hest)|retriever|terrier|spaniel|labrador|puddel|schæfer|collie|beagle|vovse"
    rf"|{'|'.join(_PETS)}|hare|bjørn|mus|ræv|ko|and|fugl|bamse|dukke|drage|trold"
    r"|nisse|robot|pindsvin|egern|ugle|elefant|løve|tiger|abe|frø|fisk|ged|lam|kylling|høne|hane|kalv|føl|killing|hvalp"
    r"|grævling|odder|elg|hjort|rådyr|ulv|mår|flagermus|sæl|hval|delfin|pingvin|giraf|zebra|kænguru|panda"  # a mascot
    r"|bi|humlebi|honningbi|hveps|myre|mariehøne|sommerfugl|larve|flue|snegl|bille"  # insects: "en lille bi der hedder Bettina"
    # reptiles and other pets a class keeps: "Klassens kornsnog hedder Gustav", "skægagamen hedder Dorte"
    r"|[\w-]*(?:slange|snog|python|boa|agame|gekko|kamæleon|leguan|firben|skildpadde|tarantel|edderkop))"
    r"(?:en|n|et|t)?(?:,?\s+(?:der|som))?\s+hed(?:der|te)\s+(?:(?:fru|hr\.?|frøken|onkel|tante)\s+)?$",  # also "Skolens ordenshund
    # hedder Kaj", "skildpadden, der hedder Fru Hansen"
    re.IGNORECASE,
))
# Vessels (also by their rig) and storms before a name: "skoleskibet Georg Stage", "hurtigfærgen …", "stormen Ingrid".
_VESSEL_ENDINGS = ("skibet", "færgen", "båden", "skonnerten", "kutteren", "fregatten", "galeasen", "briggen", "ballonen",
                   "stormen", "stormene", "orkanen", "orkanerne")
# Animals in the plural before their names, as in a story or a farm: "musene Frederik og Ingolf", "hønsene Gerda og Bodil".
_ANIMALS_PLURAL = ("hundene", "kattene", "hestene", "grisene", "kaninerne", "ponyerne", "musene", "aberne", "hønsene",
                   "køerne", "ænderne", "gæssene", "gederne", "fårene", "fuglene", "bjørnene", "rævene", "troldene",
                   "nisserne", "dragerne", "kyllingerne", "æslerne")
# Wild animals in the definite, named in a story or a school garden: "Frøen Kaj", "pindsvinet Oskar", "Spurven Sten"
# (matched as a word's ending: not "geden", which ends "havnefogeden").
_WILD_ANIMALS = ("frøen", "tudsen", "pindsvinet", "spurven", "uglen", "ræven", "haren", "musen", "egernet", "grævlingen",
                 "fuglen", "svanen", "storken", "mågen", "kragen", "solsorten", "mejsen", "humlebien", "honningbien", "sneglen",
                 "myren", "mariehønen", "sælen", "hvalen", "delfinen", "ællingen", "kyllingen", "lammet", "kalven",
                 "falken", "ørnen", "ulven", "elefanten", "løven", "giraffen", "tigeren", "krokodillen", "skildpadden", "edderkoppen", "firbenet",
                 # and a petting farm's: 'æslet "Knud"', 'hingsten "Bertil"'
                 "æslet", "hingsten", "hoppen", "føllet",
                 # and a henhouse's and a goat pen's: "hanen Kaj", "gedekiddet Gunnar"
                 "hanen", "hønen", "koen", "kiddet")
_PET_ENDINGS = tuple(_PETS.values()) + _ANIMALS_PLURAL + _WILD_ANIMALS
_NAMED_BEING_ENDINGS = _VESSEL_ENDINGS + _PET_ENDINGS
# A working or a place's animal, as a compound in the indefinite: "kirkegårdshund", "terapihest" (not "-kat": "advokat").
# (and a bird of prey a falconer or a wildlife park keeps: "vores vandrefalk Freja", "sin kongeørn Odin"; not "-ørn":
# "plejebørn")
_PET_COMPOUND_ENDINGS = ("hund", "hest", "kanin", "marsvin", "hamster", "undulat", "papegøje",  # ("klassekanin")
                         "falk", "ugle", "høg", "våge", "kongeørn", "havørn", "fiskeørn")
# (and a firm: "Madkompagniet Trane"; a café: "reparationscaféen Lappeløs")
_CLUB_ENDINGS = ("klubben", "foreningen", "kompagniet", "caféen", "cafeen", "eriet")  # (a trade's: "Møntvaskeriet Rene Linned")
# Who heads a unit or a body, before its name: "direktør for Borgerservice Mette Lyngsø", "formand for foreningen Poul
# Damgaard": a first name and another capitalised word after the unit are the one who heads it.
_HEAD_OF_A_UNIT_BEFORE = re.compile(
    r"\b(?:chef|direktør|formand|forkvinde|næstformand|leder|kasserer|sekretær|koordinator)\s+(?:for|i|hos|ved)\s+[\w-]+\s+$",
    re.IGNORECASE,
)
# An animal named: "en papegøje ved navn Frede og en kanin ved navn Lykke", "en hund fra et dødsbo der hedder Bella".
_NAMED_ANIMAL_BEFORE = Guarded(re.compile(
    r"\b(?:hund|kat|kanin|papegøje|undulat|hest|pony|marsvin|hamster|fugl|ko|gris|ged|høne|robot\w*"
    r"|pindsvin|frø|tudse|ugle|egern|ræv|hare|skildpadde|snegl)(?:en|n|et)?\b[^.!?\n]{0,30}?"
    # (also what children call it: "en skildpadde i SFO'en som børnene kalder Fru Jensen")
    r"(?:,?\s+(?:der|som)\s+hedder|\s+ved\s+navn|\s+kaldet|\s+(?:der|som)\s+(?:[\w'-]+\s+){0,2}kalder)(?:\s+(?:fru|hr\.?|frøken))?\s+$",
    re.IGNORECASE,
))
# A brand, a storm by the weather service's name in lower case: "tyggegummi af mærket Stimorol", "efter storm Ingrid".
_BRAND_OR_STORM_BEFORE = re.compile(r"(?:\b(?:mærket|mærkerne|brand|brandet)|(?<![\w-])storm)[ \t]+$")
# The chatbot, greeted as a prompt opens: "Hej Claude, min søn …" (ChatGPT is an organisation word).
_ASSISTANTS = frozenset("Claude Gemini Copilot Mistral Grok Perplexity".split())
_GREETING_OPENING = re.compile(r"\A\s*(?:hej|hi|hello|hey|kære|dear|goddag)\s+\Z", re.IGNORECASE)
# What something is, asked: "Hvad er Brix, og hvilken værdi er god for most?" (of a person one asks "hvem").
_WHAT_IS_BEFORE = re.compile(r"\b(?:hvad\s+er|hvad\s+betyder|what\s+is|what\s+does)\s+(?:en\s+|et\s+|an?\s+)?$", re.IGNORECASE)
# A quoted word and its meaning: '"Iman" betyder tro på arabisk'.
_A_WORD_THAT_MEANS = re.compile(r"[\"”'’]\s+(?:betyder|means)\b")
# A phone number after a word: "Ring 48 72 14 60".
_PHONE_AFTER = re.compile(r"[ \t]+(?:på[ \t]+)?\+?\d{2}[ \t]?\d{2}")
# A railway station's abbreviation after its town's name: "Hejrevig St.", "fra Brokkerup St. kl. 7".
_STATION_AFTER = re.compile(r"[ \t]+St\.(?=[\s,;:\"”)]|$)")
# What a storm does, right after its name.
_STORM_DAMAGE = re.compile(r"\b(?:væltede|væltet|vælter|rev|flåede|blæste|ramte|rammer|raser|hærgede|oversvømmede)\b", re.IGNORECASE)
# Units that look like initials, after a number or a slash: "312 MB", "0,3 kWh", "kr/kWh".
# What follows a word that is no genitive: a verb, a dash, a bracket, the clause's end ("Manus er ikke godkendt",
# "Manus – Radio Mosen"; a genitive owns a noun: "Manus bog").
_NO_NOUN_AFTER = re.compile(
    r"[ \t]*(?:[–,:;.()|\t]|$|[ \t](?:er|var|må|skal|kan|har|bliver|blev|til|fra|med|og|i|på|for|af|om|ved|efter|hos)\b)", re.MULTILINE
)
_UNITS = frozenset("kWh MWh GWh kW MW GW MB GB TB KB kB Mbit Gbit mAh".split())
# Goods counted or measured: "12 stk. Ocun Twist sele", "12 par Vic Firth 5A", "Beal Joker 9,1 mm, 60 m" (a person is neither counted in
# pieces nor measured in millimetres).
_PIECES_BEFORE = re.compile(r"\b\d+[ \t]*(?:stk\.?|pcs\.?|par|sæt)[ \t]+$", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"[ \t]+\d+(?:,\d+)?[ \t]*mm\b")  # (not kilos or centimetres: a resident's weight, a child's height)
_NUMBER_OR_SLASH_BEFORE = re.compile(r"(?:\d[ \t]?|[a-zæøå]/)$")
# Danish legal forms of a firm, after its name or inside a span: "Clean Partner Syd A/S".
# and partner firms abroad: "Nordsag AB", "Sandvik Laks AS" (Norway), "… Oyj", "… AG", "… S.A.", but alone in capitals
# such letters are initials ("/AS", "Personalet (SA og MT)")
_LEGAL_FORMS = r"A/S|ApS|I/S|K/S|IVS|P/S|AB|AS|ASA|GmbH|AG|Ltd|Inc|Oy|Oyj|BV|B\.V\.?|N\.V\.?|S\.A\.|LLC|Plc|PLC|SARL|SAS|Srl|S\.r\.l\.|SpA|S\.p\.A\."
# A name followed by "& Partnere", "& Søn", "& Co.", a legal form or a successor's mark ("Eftf.") names a firm.
_FIRM_AFTER = re.compile(  # (on the name's own line: a signature's name above its firm's is a person's)
    rf"[ \t]*&[ \t]*(?:[A-ZÆØÅ]|co\b)|(?:[ \t]+(?:og[ \t]+)?[A-ZÆØÅ][\wæøå-]*){{0,2}}[ \t]+(?:{_LEGAL_FORMS}|AMBA|a\.m\.b\.a\."
    r"|Eftf\.|Efterf\.|Eftfl\.|Efterfølger|Efterfølgere)(?!\w)"  # a firm carried on by a successor: "Bager Jensens Eftf."
)
# Medicines no list holds, by what surrounds them: "får Lamictal og Orfiril", "Bricanyl ved behov", "sat Remeron i gang",
# "fik ikke sin Calcichew", "ville ikke have sin Lokelma", "Atarax givet efter ordination".
_MEDICINE_BEFORE = re.compile(
    r"\b(?:(?:får|fik|tager|tog|fået|taget|skal\s+have)(?:\s+(?:fortsat|stadig|nu|også|fast|igen|dagligt|ikke))?"
    r"(?:\s+(?:sin|sit|sine|hans|hendes))?|vil(?:le)?(?:\s+ikke)?\s+have\s+(?:sin|sit|sine)|sat\s+\w+\s+på"
    r"|ordineret|udskrevet|medicin(?:en)?[:,]?|præparat(?:et)?:?|(?:behandling|behandles|behandlet)\s+med|startet\s+på|skiftet\s+til"
    r"|(?:[Nn]yo|[Oo])pstartet|påbegyndt|seponeret|pauseret|takes|taking|prescribed|treated\s+with|started\s+on)\s+"
    r"(?:[A-ZÆØÅ]\w+(?:\s*,\s*|\s+(?:og|eller|and|or)\s+)){0,4}$"
)
_MEDICINE_AFTER = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)?\s*(?:mg|ml|mikrogram|µg|ie|enheder)\b|ved\s+(?:behov|anfald|smerter|uro)|dagligt|morgen\s+og\s+aften|i\s+gang\b"
    r"|i\s+køleskabet|i\s+nødstilfælde|depot\b|tabletter|tablet\b|mixtur|spray|inhalator|plaster|as\s+needed|givet\s+(?:efter\s+ordination|p\.?n\.?)\b"
    r"|(?:var|er|blev|bliver|skal\s+være)\s+(?:seponeret|pauseret|ordineret|udtrappet|trappet\s+ud|doseret))",
    re.IGNORECASE,
)
# Diseases named after a physician, alone: "en dreng med Duchenne", "han har Crohn".
_DISEASE_EPONYMS = frozenset(
    "duchenne alzheimer alzheimers parkinson parkinsons asperger aspergers crohn crohns tourette tourettes huntington "
    "huntingtons hodgkin hodgkins bechterew bechterews addison addisons cushing cushings menière raynaud sjögren".split()
)
# Columns that name places or units, whose one-word values are no people ("Afsnit", "Enhed", "Bolig").
_PLACE_COLUMNS = frozenset("afsnit afdeling enhed bolig boenhed stue sted institution skole by kommune lokale rum hus center".split())
# The first part of a compound cut before "og": "Skov- og Naturstyrelsen".
_CUT_COMPOUND = re.compile(r"-\s+(?:og|eller|&)\s")
# Severity levels alone in a table's cell: "| Høj |", ";Lav;" (a register's column, not a surname).
_SEVERITY_CELL = re.compile(r"(?:^|(?<=[|;\t]))[ \t]*(?:Høj|Lav|Middel|Mellem|Kritisk|HØJ|LAV)[ \t]*(?=[|;\t]|$)", re.MULTILINE)
# A disease named after a doctor: "Lewy body-demens", "Parkinsons sygdom", "Aspergers syndrom".
_EPONYM_AFTER = re.compile(r"s?(?:\s+|-)(?:body|sygdom|syndrom|demens|lammelse|parese|disease|syndrome)\b", re.IGNORECASE)
# … after a full name, only a syndrome straight after it ("Rikke Asmussen\tsygdom 5 dage" is a row of a list).
_SYNDROME_AFTER = re.compile(r" (?:syndrom|syndromet|syndrome)\b", re.IGNORECASE)
# A title in quotes after a word for a work: 'på melodien "Lille Peter Edderkop"'.
_WORK_TITLE_BEFORE = Guarded(re.compile(
    r"\b(?:melodien|sangen|digtet|bogen|filmen|romanen|eventyret|serien|titlen|rimet|verset|stykket|tune|song|book|film"
    r"|melodi\s+af|melodien\s+(?:af|til))\s*"  # ('på melodi af "Mester Jakob"')
    r"[\"“»'‘][^\"”«'’\n]{0,30}$"
    r"|\b(?:melodi|mel\.|tune)\s*:\s*$",  # a song's tune as a label: "Melodi: Jens Vejmand"
    re.IGNORECASE,
))
# Holidays named after people or saints end in these: "Kristi Himmelfartsdag", "Valdemarsdag", "Mortensaften".
_HOLIDAY_ENDINGS = ("sdag", "sdagen", "saften", "sfest", "sfesten", "smesse", "himmelfart")  # (also "Kristi Himmelfart")
_MIXED_CASE_LEGAL_FORMS = frozenset("ApS GmbH Ltd Inc Oy Oyj Plc LLC".split())
_FIRM_SUFFIX = re.compile(rf"(?<!\w)(?:{_LEGAL_FORMS})(?!\w)")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÆØÅ][\w-]+ $")
# A sports club's letters or sport beside its place or name: "Sorthøj GF", "IF Storm", "Spangholt Volley".
_CLUB_BEFORE = re.compile(r"\b(?:IF|GF|BK|FC|IK|GIF|AIF|UIF|KFUM|KFUK|FDF|DDS|DUI|HF)[ \t]+$")  # (and scouts: "FDF Sivkær", "DDS Solbæk"; an allotment association: "HF Pomerød Enge")
_CLUB_AFTER = re.compile(r"[ \t]+(?:IF|GF|BK|FC|IK|GIF|AIF|UIF|Volley|Håndbold|Fodbold|Basket|Badminton|Svømning|Gymnastik)\b")
_PROJECT_BEFORE = re.compile(
    r"\b(?:projekt|projektet|kampagnen|programmet|initiativet|indsatsen|[Pp]odcast|[Pp]odcasten|PODCAST|styregruppe|styregruppen)[ \t]+"
    r"(?:[\"“»](?:[A-ZÆØÅ][\w-]*[ \t]+)?)?$"
)  # (also a podcast's or a steering group's title in quotes: 'Podcast "Grøn Tudsholm"', 'styregruppe "Vild Tudsholm"')
_TOWN_AT_A_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s)([A-ZÆØÅ][\w-]+) $")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
# Feasts in English, and a day named after someone: "the Christmas party", "Ada Lovelace Day", "St Patrick's Day".
_ENGLISH_FEASTS = frozenset("christmas xmas easter halloween thanksgiving hanukkah diwali pentecost whitsun".split())
# Feasts Danish writes by their own names, alone: "fri til Eid", "under Ramadanen" (not "Eid Hansen").
_FEAST_BEFORE = re.compile(r"\b(?:eid|ramadan|bajram|bayram)\s+$", re.IGNORECASE)
_FEASTS_BY_THEIR_NAMES = frozenset(
    "eid ramadan ramadanen nowruz newroz navruz pesach bajram bayram vaisakhi baisakhi hanukka chanukka purim sukkot"
    " vesak songkran tết losar pongal diwali holi kurban ólavsøka olavsøka".split()
)
_A_DAY_AFTER = re.compile(r"(?:['’]s)?[ \t]+Day\b")
# Peoples and languages in English, capitalised as English writes them: "our new Irish colleague", "a Kurmanji
# interpreter" (a name list may hold some of them as names).
_PEOPLES_AND_LANGUAGES = frozenset(
    "american british english irish scottish welsh german french spanish italian portuguese dutch belgian swiss "
    "austrian polish swedish norwegian finnish danish icelandic greenlandic faroese ukrainian russian belarusian "
    "romanian bulgarian hungarian czech slovak slovenian lithuanian latvian estonian greek turkish kurdish kurmanji "
    "sorani arabic persian farsi dari pashto urdu hindi punjabi bengali tamil sinhalese somali tigrinya amharic "
    "eritrean ethiopian syrian iraqi afghan iranian pakistani indian chinese mandarin cantonese japanese korean "
    "thai vietnamese filipino tagalog indonesian malaysian nigerian ghanaian kenyan brazilian mexican canadian "
    "australian bosnian serbian croatian albanian kosovar macedonian swahili yoruba lebanese palestinian egyptian "
    "moroccan tunisian algerian european african asian scandinavian nordic "
    # faiths as English writes their people: "a Muslim can pray", "the Serbian Orthodox congregation"
    "muslim muslims hindu sikh jewish catholic orthodox buddhist protestant lutheran".split()
)
# A word with a capital inside after two small letters is a product's or a system's name ("PaaS", "CPRLookup",
# "SharePoint"), not a person's, unless a surname's prefix explains it ("MacLeod"); one small letter may be a slip
# or initials ("AMiR", "ChW").
_INNER_CAPITAL = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-ZÆØÅ])\w*[a-zæøå]{2}[A-ZÆØÅ]\w*")
# The feasts whose eve English names: "Christmas Eve", "New Year's Eve".
_EVE_OF_A_FEAST = re.compile(r"(?:Christmas|New\s+Year['’]?s|Hallows['’]?|Midsummer)\s+Eve$")
# A thing's number after its noun: "Kaj 3", "Spor 1–2" (not a time, a date, a class, an age, a phone number in pairs
# or an item of a list of names with their scores: "Asta 62, Benjamin 48").
_THINGS_NUMBER_AFTER = re.compile(
    # (no count of days, a zero neither: "Magnus 1 dag (skakturnering)", "Hamza 0" in an absence list)
    r"[ \t]+(?!0(?!\d))\d{1,2}(?:[–-]\d{1,2})?(?![\d:]|[–-][^\W\d_]|,\d|,[ \t]*[A-ZÆØÅ]|[ \t]+\d|\.(?![ \t]+[A-ZÆØÅ]|$)|[^\W\d_]"
    r"|\s*(?:år|års|mdr|måned|måneder|uge|uger|dag|dage|time|timer|gang|gange|t|km|kr|min|stk|point)\b|[ \t]*%)",
    re.MULTILINE,
)
# … but a list of people with their numbers goes on with another name: "Louise 29 og Jens Kristian 22" (not "Kaj 2 og
# Kaj 3").
_AND_ANOTHER_WITH_A_NUMBER = re.compile(r"[ \t]+\d{1,2}[ \t]+(?:og|and)[ \t]+([A-ZÆØÅ][\w-]+)(?:[ \t]+[A-ZÆØÅ][\w-]+)?[ \t]+\d")
# The heads of a tool's name, written in lower case after its maker's: "Jenkins pipeline", "Miro board".
_TOOL_HEADS = frozenset("pipeline pipelines board boardet server serveren plugin instance cluster repo repository workspace dashboard".split())
# Goods that head a firm's name only capitalised: "Anthon Berg Chokolade", but "du har givet Gudrun chokolade".
_GOODS = frozenset("kaffe te chokolade vin møbler ure cykler biler sko tøj legetøj kiks".split())
# A group, a club or an institution named by "hedder": "Spejdergruppen hedder Falken", "Klubben hed Ørnen".
_GROUP_NAMED_BEFORE = Guarded(re.compile(
    r"\b[\w-]*(?:gruppen|klubben|foreningen|skolen|institutionen|børnehaven|vuggestuen|teamet|projektet|huset|centret)"
    r"\s+(?:hedder|hed|kaldes|kaldte\s+vi)\s+$",
    re.IGNORECASE,
))
# "i Tarp": no one is "in" a person.
_IN_A_PLACE = re.compile(r"(?<![\w])(?:i|in) $")  # "daginstitutionen i Tarp", "colleagues in Hjortsvig"
# Vessels written before their name: "M/F Ellen", "MS Hammershus".
_VESSEL_PREFIX = re.compile(r"(?<![\w/])(?:M/[SFVK]|MS|MF|MV|HDMS)[ \t]+")  # on the name's line: "…;MS\nTruong" is a diagnosis
# Placeholder people in templates and test data: "Eksempel Eksempelsen", "Borger Borgersen", "Test Testesen".
_PLACEHOLDER = re.compile(r"([A-ZÆØÅ][a-zæøå]{2,})\s+(\1[a-zæøå]*(?:sen|søn|son))\b")
# … or a word for a test or an example before a surname: "Test Hansen", "Demo Borgersen", "Fiktiv Jensen".
_PLACEHOLDER_WORD = r"(?<![\w-])(?:Test|Prøve|Demo|Dummy|Eksempel|Fiktiv|Anonym|Test[a-zæøå]{3,})"
_PLACEHOLDER_FIRST = re.compile(rf"{_PLACEHOLDER_WORD}\s+[A-ZÆØÅ]")
_PLACEHOLDER_BEFORE = re.compile(rf"{_PLACEHOLDER_WORD}\s+$")
# … or after a first name, as its surname: "Anne Eksempel", "Jens Test" (and the first name in it).
_PLACEHOLDER_AFTER = re.compile(rf"[ \t]+{_PLACEHOLDER_WORD}(?![\w-])")
_PLACEHOLDER_LAST = re.compile(rf"[A-ZÆØÅ][\wæøå]*[ \t]+{_PLACEHOLDER_WORD}(?![\w-])")
_FIRM_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøå]*\s*&\s*$")
# A house number after a street's word: "Strand 4", "Høj 12B" (not a CPR number or a sum).
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}[A-Za-z]?(?![\d.,/-]?\d)")
# Siblings in capitals before a surname name a firm: "Brødrene Dahl", "Brdr. Hartmann", "Søstrene Grene"
# (in a case note the brothers are "brødrene", and a first name after it stays a person: "Brødrene Ali og Omar").
_SIBLINGS_FIRM_BEFORE = re.compile(r"(?:\bBrdr\.|\b(?:Brødrene|Søstrene|BRØDRENE|SØSTRENE))\s+$")
# A name joined by a hyphen to a common noun is a compound named after someone: "Carl Nielsen-konkurrencen",
# "Sarah Bernhardt-kager". Nouns for the person's own family or case keep it a person ("Jensen-sagen").
_PERSONAL_COMPOUNDS = frozenset(
    "familie familien familiens sag sagen sagens børn børnene parret søskende drengene pigerne brødrene søstrene "
    "hjemmet husstanden".split()
)
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
    "kvarter kvarteret bydel bydelen havn havnen slot slottet mølle møllen strand stranden klint fyr fyret bugt bugten "
    # a town's centre: "Stokkerup Bymidte"
    "bymidte bymidten "
    "skov skoven sø søen bækken bakke bakken bjerg høj højen ø øen by byen gård gården aften dag dagen nat pris "
    "mindepris mindeprisen legat mindelegat medalje medaljen "
    # streams, parts of town and works named by their place: "Lundsbæk Å", "Kragholm Erhverv", "Kragsø Renseanlæg"
    # ("Mose", "Bæk" and "Kær" are surnames too: "Kirsten Mose"; "engen" ends "Drengen")
    "å åen midtby midtbyen erhverv erhvervsområde erhvervsområdet industrikvarter industrikvarteret "
    "renseanlæg renseanlægget maskinstation maskinstationen vognmandsforretning genbrugsplads genbrugspladsen "
    # a memorial grove and a path named after someone: "Frederik Brandts Mindelund", "Blixenstien"
    "mindelund mindelunden sti stien "
    # a thicket and a factory by their place: "Fladholt Krat", "Kardeby Klædefabrik" (not "avis": "Davis")
    "krat krattet fabrik fabrikken "
    # a part of town by its quarter of the compass: "Smørvig Østre", "Hasle Vestre"
    "østre vestre nordre søndre".split()
)
# The place words long enough to end a compound: "Idrætshallen", not "Torvaldsø" for "ø".
_PLACE_ENDINGS = tuple(sorted(place for place in NOT_PERSON_AFTER if len(place) >= 4))
# A name after one of these is a ship, a storm, a prize, a building or a work, not a person:
# "færgen Peder Paars", "stormen Ingrid", "prisen Årets Ildsjæl"; compounds too ("skoleskibet …").
# ("MS Hammershus" in capitals is a ship by _VESSEL_PREFIX; "Dear Ms Dalsgaard" is a woman.)
NOT_PERSON_BEFORE = frozenset(
    # (a degree before its subject: "MSc Public Health")
    "msc bsc mba phd "
    "færgen færge skibet skib m/s m/f m/v mf båden toget prisen legatet fonden statuen bygningen tv radio foreningen "
    "lokale lokalet mødelokale mødelokalet lokaler lokalerne mødelokaler mødelokalerne "
    "jobcenter jobcentret borgerservice boligselskabet boligforeningen andelsboligforeningen venskabskommunen venskabsbyen "
    "skolen gymnasiet museet hallen salen plejecentret vejen gaden pladsen bogen filmen opholdsstedet bostedet "
    "botilbuddet døgninstitutionen institutionen plejehjemmet børnehaven vuggestuen klubben "
    "herberget forsorgshjemmet kontaktstedet værestedet bofællesskabet "
    "romanen stykket forestillingen stormen orkanen uvejret kong dronning prins prinsesse kronprins "
    "kronprinsesse sankt skt spille spiller spillede rollen melodien sangen digtet eventyret serien "
    "hunden katten hesten kaninen nissen trolden dragen heksen robotten dukken bamsen marsvinet hamsteren "
    "papegøjen grisen koen ponyen kontorkat kontorkatten kontorhund kontorhunden skolekat skolehund terapihund "
    # an animal in the indefinite after its owner: "med sin hund Bastian", "vores kat Oskar"
    "hund kat kanin papegøje undulat marsvin hamster "
    # an angel, a saint's feast and a congregation's circuit: "engel Gabriel", "kreds Tuenholm"
    "engel englen ærkeenglen kreds "
    "terapihunden besøgshund besøgshunden førerhund førerhunden maskot maskotten "
    # a place of business named after its owner: "Restaurant Jacobsen", "Café Petersen", "Hotel Marie"
    "restaurant restauranten café caféen cafe hotel hotellet kro kroen salon salonen galleri galleriet "
    # … or a pastry shop's: "Konditori Skjold" (not "bageri": a table's cell before a name's, "Mosevrå Bageri\tHenrik Jul")
    "konditori konditoriet "
    # a house named after its first owner: "den gamle borgmesterbolig, Villa Hedegaard"
    "villa villaen "
    # a bath by its lake or its place: "Friluftsbadet Engsø"
    "friluftsbad friluftsbadet havnebad havnebadet svømmebad svømmebadet søbad søbadet strandbad strandbadet "
    # the police by its district: "Lokalpolitiet Skårby"
    "lokalpolitiet nærpolitiet "
    # a dish named after someone: "pizza Margherita"
    "pizza pizzaen "
    # a care home's ward by its name: "afsnit Savoj", "afsnittet Rosen"
    "afsnit afsnittet".split()
)
# Words that make a span an organisation or a service, whatever the pipeline says.
ORGANISATION_WORDS = {
    "jobcenter", "jobcentret", "borgerservice", "kommune", "kommunen", "region", "regionen", "a/s",
    "aps", "i/s", "energi", "forvaltning", "forvaltningen", "udvalg", "udvalget", "afdeling",
    "afdelingen", "sekretariat", "sekretariatet", "gdpr", "facebook", "teams", "outlook", "word",
    "excel", "chatgpt", "gpt", "copilot", "gemini", "mistral", "nexus", "aula", "punkt", "dagsordenspunkt",
    "mobilepay", "mitid", "nemid", "e-boks", "eboks", "vipps", "kmd", "municipality", "council", "county", "afd", "team",
    "intra", "skoleintra", "postnord", "politiet", "fgu", "meebook", "minuddannelse",
    # trade unions, named after a representative ("fællestillidsrepræsentant, FOA")
    "foa", "bupl", "djøf", "krifa", "hk", "dlf", "dsr",
    # a dairy, and the assistant asked: "Skolemælk via Arla", "Hej chatbot"
    "arla", "chatbot", "chatbotten", "meta", "rambøll", "gmail", "hotmail",
    # the data protection officer, a role: "Fra: DPO"
    "dpo",
}
#: Abbreviations that open a sentence with a capital and are no name: "Fx Karlslunde, Frederikshavn og Hanstholm".
ABBREVIATIONS = frozenset("fx evt ca inkl ekskl jf mht vedr nb obs ang tlf dept afd".split())  # ("Family Dept. only")
# A span that starts or ends with one of these names a firm, a medium or a system: "Jutlander Bank",
# "Skou Logistik", "Nordvik Rådgivning", "TV Midtvest", "Radio Fredsund", "Fredsund Municipality"; and a tool's:
# "Jenkins pipeline", "Miro board".
ORGANISATION_HEADS = frozenset(
    "bank banken sparekasse logistik rådgivning byg byggeri entreprise transport service consult consulting "
    "holding group gruppen partners partnere revision avis avisen dagblad dagbladet folkeblad folkebladet stiftstidende "
    "amtsavis ugeavis ugeblad ugebladet lokalavis radio tv posten tidende municipality council team "
    "system systems forening foreningen advokatfirma advokatfirmaet tegnestue arkitekter tømrer snedker murer maler "
    "vvs elektriker kloak anlæg entreprenør rengøring auto smed blikkenslager glarmester vognmand anlægsgartner "
    "ejendomsservice ejendomme invest finans kaffe te chokolade bryggeri mejeri bageri slagter vin møbler design fabrik maskinfabrik "
    "grossist grossisten kanal brdr "
    "ure cykler biler sko tøj legetøj kiks architects engineers optik apotek studio copenhagen denmark data "
    "harbour academy college club choir orchestra band brassband kor orkester school "
    "restaurant café cafe hotel kro salon galleri brugs brugsen politi forsyning villa "
    # an archive or a children's home by its town or its founder: "Ravnsbæk Byarkiv", "Johanne Bruuns Børnehjem"
    "byarkiv byarkivet lokalarkiv lokalarkivet stadsarkiv arkiv arkivet børnehjem drengehjem pigehjem alderdomshjem "
    # a law firm by its partners' names: "Rix Advokater"
    "advokater advokaterne advokatkontor advokatkontoret "
    # a station, a service or an authority by its place: "Brandstation Hedeskov", "Beredskab Lyngmose", "Kreis Nordfriesland"
    "brandstation beredskab beredskabet genbrugsplads genbrugspladsen kreis landkreis stadt stadtverwaltung stadtwerke gemeinde "
    # a plant, a taxi firm, an activity or a takeaway by its place or owner: "Brokær Biogas", "Taxa Sydhavn", "Rask Motion",
    # "Yıldız Pizza & Grill"
    "biogas motion taxa taxi pizza pizzeria grill kebab "
    # a utility's plant or a cemetery by its place, a shop by its trade: "Pumpestation Mosbæk", "Rævsø Kirkegård", "Ulvemark Dæk"
    "pumpestation vandværk vandværket renseanlæg renseanlægget rensningsanlæg rensningsanlægget kirkegård kirkegården skovkirkegård dæk gårdbutik "
    # a funeral home, a stonemason or a crematorium by its owner's or its town's name: "Holt Begravelse", "Ulsnæs
    # Stenhuggeri", "Gråbjerg Krematorium"
    "begravelse begravelser begravelsesforretning bedemand bedemandsforretning stenhuggeri krematorium krematoriet "
    # a sports club, a scout group or a bus firm by its place: "Tjørnholt GIF", "DDS Kærholt Gruppe", "Kærholt Busser"
    "gif gymnastik idrætsforening gruppe busser turist "
    # a clinic by its place: "Klinik Vesterby", "Tandklinik Nord"
    "klinik klinikken tandklinik tandklinikken tandtekniker medier mediehus "
    # a municipality's youth unit by its town: "Ung Vesterkær"
    "ung "
    # a pension fund, a housing company, a second-hand shop or a smithy by its place: "Pensionskassen Tranbæk",
    # "Brombæk Boligselskab", "Kragmose Genbrug", "Rørhavn Smedie"
    "pensionskasse pensionskassen boligselskab genbrug smedie "
    # a camp, a scout troop, a German office or a nail salon by its place or name: "Ferielejr Bøgehøj", "1. Egestrup
    # Trop", "Gedsø Pigespejdere", "Jugendamt Grünwald", "Glow Nails"
    "lejr ferielejr sommerlejr spejderlejr trop pigespejdere spejdere jugendamt partnerschaft nails "
    # houses for children, the young or the public by their founder's or their place's name: "Agnes Lunds Børnehus"
    "børnehus børnehuset ungdomshus ungdomshuset medborgerhus medborgerhuset "
    # a laundry by its owner's name: "Mark Ravn Vaskeri", "Rask & Bonde Tekstil"
    "vaskeri vaskeriet tekstil "
    # a savings bank, a food firm, a local council, a Swedish municipality, an English jobcentre, a fund by their places:
    # "Engkær Andelskasse", "Ulvskov Foods", "Kragelund Lokalråd", "Ljungby Kommun", "Jobcentre Tjørneholm", "Grøn Skolepulje"
    "andelskasse andelskassen foods food lokalråd lokalrådet kommun jobcentre pulje puljen "
    # a sports club by its town and its sport: "Brandelev Judo", "Kobberup Håndbold" (not "Dans", Dan's too)
    "judo håndbold fodbold badminton tennis atletik karate taekwondo boksning svømning floorball volleyball basketball "
    "ishockey rideklub roklub sejlklub kajakklub petanque cricket rugby bordtennis padel squash fægtning bueskydning "
    # a firm by its brand's region: "Vildbær Nordic"
    "nordic "
    # an energy park by its place: "Solpark Tranemark", "Vindmøllepark Stormose"
    "solpark solparken solcellepark vindpark vindmøllepark energipark "
    # a smokehouse, a boatyard, a seafood firm or a plantation by its place: "Ruseby Røgeri", "Makrelbøl Bådeværft",
    # "Nordsø Seafood", "Mosevælde Plantage"
    "røgeri røgeriet værft værftet bådeværft bådeværftet seafood seafoods plantage plantagen "
    # a café by its name: "Spillecafé Lærkereden"
    "spillecafé spillecafe "
    # a heating plant by its place: "Varmecentral Kulbjerg", "Fjernvarmeværk Nord"
    "varmecentral varmecentralen varmeværk varmeværket fjernvarmeværk fjernvarmeværket kraftvarmeværk kraftvarmeværket "
    # a citizens' budget by its place: "Borgerbudget Kærby"
    "borgerbudget borgerbudgettet nabobudget "
    # a landlord's firm, a housing company, a supplier of aids by their owner or place: "Thygesen Udlejning", "Klintegaard
    # Boligadministration", "Egebo Almene Boliger", "Mobilia Rehab"
    "udlejning boligadministration ejendomsadministration boliger rehab "
    # a ferry company or a doctors' practice by its place: "Ternholm Færgefart", "Lyngø Lægepraksis"
    "færgefart færgeselskab rederi lægepraksis lægehus lægehuset "
    # an international school's class by its place: "Vokslund International Class"
    "class "
    # a coach firm, a zoo or a forum by its place or its field: "Ravnekilde Turistfart", "Ravnekilde Zoo", "Velfærdsteknologisk
    # Forum"; a product's edition after its name: "Læsepen Pro", "Læsepen Basic"
    "turistfart zoo dyrepark forum pro basic premium "
    # a leasing firm or a garage by its owner or place: "Kystlys Leasing", "Jensens Autolakering"
    "leasing autolakering autoværksted autoservice autohandel bilforhandler "
    # a caterer or an insurer by its name: "Grøn Gaffel Catering", "Anker Forsikring"
    "catering forsikring forsikringer "
    # a facility firm, an interior or a textile supplier by its place or owner: "Grønskær Facility", "Lind Interiør", "Brask Tekstil"
    "facility facilities interiør tekstil tekstiler "
    # an event, sound or AV firm by its owner or place: "Mogensen Event", "Bjørnholt AV"; day care, an after-school club,
    # a hostel or a prison by its place: "Dagtilbud Havreholm", "SFO Vindbæk", "Stubbeled Vandrerhjem", "Nørreås Herberg",
    # "Statsfængslet Vibeløse"
    "event events av lydteknik eventteknik dagtilbud sfo vandrerhjem vandrerhjemmet herberg herberget "
    "statsfængslet fængsel fængslet arresthus arresthuset "
    # a club, a team or a tournament by its place and an English nickname: "Gravlev Gamers", "Bjerglev Esport",
    # "Hasselbæk Hawks", "Bjerglev Cup"
    "gamers esport e-sport hawks bears sharks eagles lions wolves tigers dragons warriors knights vikings cup arena "
    # a band by its town: "Stangerup Brass", "Fjordby Bigband"
    "brass bigband "
    # a race by its town: "Ravnsager Maraton", "Ravnsager Marathon", "Fjordby Halvmaraton"
    "maraton marathon halvmaraton løb løbet stafet stafetten triatlon "
    # sports grounds by their places: "Kragemose Idrætspark", "Tjørnedal Idrætsanlæg"
    "idrætspark idrætsparken idrætsanlæg idrætsanlægget "
    # a congregation, a parish, a church or a community by its place: "Kragsbjerg Frikirke", "Hvidløkke Menighedsråd", "Tuenholm Sogn",
    # "Tuenholm Provsti", "Tuenholm Church", "Tuenholm Sikh Samfund", "Al-Furqan Ungdom"
    "frikirke frikirken menighed menigheden pinsemenighed pinsemenigheden menighedsråd menighedsrådet sogn sognet provsti "
    "provstiet stift stiftet kirke kirken church samfund samfundet ungdom".split()
) | _TOOL_HEADS  # a tool's name by its maker's: "Jenkins pipeline", "Miro board"
# A job title in English ends a span the pipeline takes for a name in a mail's signature: "Service Delivery Manager",
# "Senior Project Officer".
ROLE_TITLES = frozenset(
    "manager director officer coordinator consultant adviser advisor specialist assistant engineer analyst lead "
    "secretary president chairperson executive administrator supervisor controller architect developer designer "
    "editor producer strategist planner "
    # … and a degree after its subject: "Robotics PhD", "biology MSc"
    "phd msc bsc mba".split()
)
# A word that ends in one of these is an institution's name ("Bakkeskolen", "Danmarks Naturfredningsforening").
# ("Mosegården" is a care home: the surnames end in -gård or -gaard; "Sundhedshus Tarp", "Kulturcenter Nord";
# a unit of the administration: "Til: Familieafsnittet", "Ydelsesenheden")
INSTITUTION_ENDINGS = ("teamet", "skolen", "skole", "forening", "foreningen", "centret", "centeret", "hjemmet", "børnehave",
                       "børnehaven", "vuggestue", "vuggestuen", "gymnasium", "gymnasiet", "klinikken", "hospitalet",
                       "gården", "hus", "huset", "center", "hal", "hallen", "klinik",
                       "afsnittet", "afdelingen", "enheden", "kontoret", "sekretariatet",
                       # clubs, bands and utilities ("Lindbæk Håndboldklub", "Havnely" is a care home)
                       "klub", "klubben", "forsyning", "forsyningen", "orkester", "orkestret", "brassband", "koret",
                       # committees: "MED-udvalg Ung Vesterkær"
                       "udvalg", "udvalget",
                       # care services: "Tandplejen", "Omsorgstandplejen", "Sundhedsplejen"
                       "plejen",
                       # authorities: "Færdselsstyrelsen", "Arbejdstilsynet"
                       "styrelsen", "styrelsens", "tilsynet",
                       # events, branches and banks: "Hjortsvig Musikfestival", "Havnefest", "Kildebjerg Filial", "Fjordbanken"
                       "festival", "fest", "filial", "banken",
                       # local papers and groups: "Fjordposten", "Ulvsbjerg Spejdergruppe"
                       "posten", "avisen", "bladet", "gruppe", "gruppen",
                       # gardens and care homes named so: "Risbjerg Nyttehaver", "Fælleshaven Karsemosen", "Kløverhaven"
                       "haven", "haver", "haverne",
                       # care homes and housing named after a bog, a close or a grove: "Lindekæret", "Solvænget", "Egelunden"
                       "kæret", "vænget", "lunden", "toften",
                       # … or a stream: "Mølleåen" (an activity centre)
                       "åen",
                       # campsites, offices and sales by their place or owner: "Sandhøje Naturcamping", "Saltvig
                       # Turistkontor", "Forsvarets Materielsalg"
                       "camping", "campingplads", "campingpladsen", "kontor", "salg",
                       # a community and a scout troop: "Hvidmose Energifællesskab", "Hvidmose Spejderne"
                       "fællesskab", "fællesskabet", "spejderne",
                       # a guild: "Tange Strandlaug", "Bylauget"
                       "laug", "lauget",
                       # kitchens: "Kornkær Centralkøkken", "Produktionskøkkenet"
                       "køkken", "køkkenet",
                       # academies: "Ulvsholm Erhvervsakademi"
                       "akademi", "akademiet",
                       # a school's genitive: "Johanne Bruuns Skoles nye skolehave"
                       "skoles",
                       # councils by their places: "Tørvinge Ungdomsråd", "Vindelbro Kunstråd"
                       "råd", "rådet",
                       # bridges, tunnels, awards and cinemas: "Tangbroen", "Sandgravtunnelen", "Bodilprisen", "Skolebio"
                       "broen", "broens", "tunnelen", "tunnelens", "prisen", "prisens", "bio", "bioen", "biografen",
                       # races and parks: "Fjordmilen", "Ravneungeløbet", "Bymaraton", "Fjordparken"
                       "milen", "løbet", "maraton", "marathon", "parken",
                       # stores: "Jysk Sengetøjslager"; saunas: "Kajsaunaen"
                       "lager", "lageret", "sauna", "saunaen",
                       # banks and pharmacies: "Sydbank", "Svane Apoteket"
                       "bank", "apotek", "apoteket",
                       # lotteries, markets and friends' associations: "Kuglerup Julelotteri", "Julemarkedet", "Museets Venner"
                       "lotteri", "lotteriet", "tombola", "tombolaen", "marked", "markedet", "venner", "vennerne",
                       # museums and animal parks by their place: "Fuglsang Kunstmuseum", "Egeskov Dyrepark"
                       "museum", "museet", "dyrepark", "dyreparken",
                       # choirs and championships by their place or kind: "Vårhede Kammerkor", "Skolernes Quizmesterskab"
                       "kor", "mesterskab", "mesterskabet",
                       # parks and zoos by their place or kind: "Rebslev Aktivitetspark", "Reptilzoo Sjælland"
                       "park", "zoo", "zooen",
                       # awards, cabin villages and libraries by their place or kind: "Versby Lyrikpris", "Vesterklit Hytteby",
                       # "Versby Library"
                       "pris", "hytteby", "hyttebyen", "library",
                       # … and the other English heads a place's institution takes: "Ravnsnæs Tourist Office", "Tarp School"
                       "office", "school", "council", "centre", "hospital", "club", "association", "society", "agency",
                       "department", "college", "university", "academy",
                       # farms by their kind, gatherings and dealers by their trade: "Kornhøj Økogård", "Plovslev Hovedgård",
                       # "Traktortræf Agerslev", "Plovslev Maskinhandel" (not "-gård" alone: "Kjærsgård" is a surname)
                       "økogård", "hovedgård", "herregård", "træf", "træffet", "handel",
                       # a club's genitive, an estate, a gym hall, a stadium: "Favnsø Judo Klubs", "Hybenlund Gods",
                       # "Garnæs Skolegymnastiksal", "Arthur Ashe Stadium", "Raslemose Spejdernes"
                       "klubs", "klubbens", "gods", "godset", "gymnastiksal", "gymnastiksalen", "stadium", "stadion",
                       "spejdernes", "championship",
                       # dairies, firms by their trade and rescue services: "Nordfyns Andelsmejeri", "Tudsholm
                       # Entreprenørforretning", "Pindsvinehjælpen Tudsholm"
                       "mejeri", "mejeriet", "forretning", "forretningen", "hjælpen",
                       # stalls and depots by their goods: "Lones Jordbærbod", "Hallebæk Kartoffelcentral"
                       "bod", "boden", "central", "centralen")


# Someone's kin or helpers, a person's own after a genitive: "Anne Hansens Far", "Peter Madsens Leder".
_SOMEONES_PEOPLE = frozenset(
    "far mor bror søster søn datter kone mand hustru kæreste barn børn familie forældre "
    "leder chef lærer læge advokat sagsbehandler kontaktperson rådgiver bisidder værge".split()
)
# A first name's genitive before a capitalised ordinary word names a shop or a room: "Bents Bageri", "Lenes Køkken";
# so does a full name's before a trade: "Bent Sørensens Urmageri", "Bent Hansens Anlægsgartneri".
_GENITIVE_AND_WORD = re.compile(r"(?:([A-ZÆØÅ][a-zæøå]+) )?([A-ZÆØÅ][a-zæøå]+)s ([A-ZÆØÅ][a-zæøå]+)\b")
# Names given to rooms, places or devices: "Mødelokalet hedder Karen", "Lokalerne hedder Iris, Viola og Mynte".
_THING_NAMES = Guarded(re.compile(
    r"\b([^\W\d_]+)(?:\s+(?:på|i|ved)\s+[\w.]+(?:\s+[\w.]+)?)?,?\s+(?:(?:der|som)\s+)?"
    r"(?:hedder|hed|kaldes|er\s+(?:blevet\s+)?døbt|har\s+fået\s+navnet)\s+"
    r"[\"“»'‘]?([A-ZÆØÅ][\w-]*(?:[\"”«'’]?\s*,\s*[\"“»'‘]?[A-ZÆØÅ][\w-]*)*"
    r"(?:[\"”«'’]?\s*,?\s+(?:og|eller)\s+[\"“»'‘]?[A-ZÆØÅ][\w-]*)?)",
    re.IGNORECASE,
))
# … or the names first, then what they name: "Mark og Sten er navnene på de to nye mødelokaler i Teknik".
_NAMES_THEN_THING = Guarded(re.compile(
    r"\b([A-ZÆØÅ][\w-]*(?:\s*,\s*[A-ZÆØÅ][\w-]*)*\s+(?:og|eller)\s+[A-ZÆØÅ][\w-]*)\s+er\s+(?:navnene|navne|the\s+names)\s+(?:på|til|of)\s+"
    r"(?:vores|vor|de|den|det|our|the|to|tre|fire|fem|seks|\d+)\s+((?:[\w-]+\s+){0,2}[\w-]+)"
))
# … or said to be names as such: "Engel, Præst, Munk, Bisp og Kirkegaard er alle danske efternavne".
_NAMES_AS_WORDS = re.compile(
    r"\b([A-ZÆØÅ][\w-]*(?:\s*,\s*[A-ZÆØÅ][\w-]*)*\s+(?:og|eller|and|or)\s+[A-ZÆØÅ][\w-]*)\s*(?:[–-]\s*)?"
    r"(?:(?:alle|de)\s+(?:to|tre|fire|fem)\s+)?(?:er|are)\s+(?:alle\s+|all\s+|både\s+)?(?:[\w-]+\s+)?"  # ("Mark, Per og Bo – alle tre er både navne og ord")
    r"(?:efternavne|fornavne|drengenavne|pigenavne|navne|surnames|first\s+names|names)\b"
)
# … or given as examples of names: "navne som Jensen, Nielsen og Hansen", "kønsneutrale fornavne, der er godkendt, fx Alex,
# Kim, Noa og Robin", "Må man hedde Storm som fornavn?"
_NAMES_AS_EXAMPLES = Guarded(re.compile(
    # (not names used: "signeret med fornavne som …", "elevplaner med navne og noter om fx Idas ordblindhed")
    r"(?<!\bmed\s)\b(?:[\w-]*navne|names)\b(?:,?\s+(?:der|som|that)\s+[^.?!\n,()]{1,60},?)?\s+\(?(?:som|fx|f\.\s?eks\.|såsom|eksempelvis|like|such\s+as)\s+[\"“]?"
    r"([A-ZÆØÅ][\w-]*(?:[\"”]?\s*,\s*[\"“]?[A-ZÆØÅ][\w-]*)*(?:[\"”]?\s*,?\s+(?:og|eller|and|or)\s+[\"“]?[A-ZÆØÅ][\w-]*)?)"
    r"|\bhedde\s+([A-ZÆØÅ][\w-]*)\s+som\s+(?:fornavn|efternavn|mellemnavn)\b"
))
# People in the plural, whom a text names too: "… er navnene på de tre nye medarbejdere".
_PEOPLE_PLURALS = ("medarbejdere", "elever", "børn", "ansatte", "kolleger", "deltagere", "beboere", "borgere", "piger", "drenge",
                   "patienter", "tvillinger", "babyer", "vikarer", "praktikanter", "frivillige")
_PEOPLE_SINGULARS = ("medarbejder", "medarbejderen", "elev", "eleven", "praktikant", "praktikanten", "vikar", "vikaren", "pige",
                     "pigen", "dreng", "drengen", "baby", "babyen", "tvillingerne", "børnene", "ungerne", "barnet", "kollega", "kollegaen")
# Names proposed for something are names, not people: "Forslag til navne til de nye grupper: Birk, Ask og Ravnereden".
_NAMES_PROPOSED = re.compile(r"\bnavne(?:forslag)?\s+(?:til|på|for)\s+[^:\n]{1,40}:[ \t]*([^\n]+)", re.IGNORECASE)
# … or after a request for a name, as its proposals: "Kan du foreslå et navn til vores nye klubhund? … Forslag: Bella, Storm
# eller Lykke".
_NAME_ASKED_FOR = Guarded(re.compile(
    r"\b(?:et\s+)?(?:navn|navnet|navne|name|names)\s+(?:til|på|for)\s+(?:vores|vor|min|mit|den|det|en|et|our|a|the)\b"  # ("Navnet på vores nye kalv")
    r"|\b(?:skal|vil|skulle)\s+(?:navngive|døbe|name)\s+(?:vores|den|det|en|et|our|a|the)\b",  # "Vi skal navngive en ny klasse-kanin"
    re.IGNORECASE,
))
_PROPOSALS = re.compile(r"\b(?:forslag|navneforslag|ideer|idéer|bud|suggestions|ideas)(?:\s+(?:til\s+nu|indtil\s+videre|so\s+far))?\s*:[ \t]*([^\n]+)|\b(?:foreslår|foreslog|suggest)\s+([A-ZÆØÅ][^\n.?!]+)", re.IGNORECASE)
_DEVICE_ENDINGS = ("printer", "printeren", "computer", "computeren", "server", "serveren", "maskine", "maskinen",
                   "støvsuger", "støvsugeren", "robot", "robotten", "app", "appen", "system", "systemet", "netværk",
                   "netværket", "lokale", "lokalet", "lokaler", "lokalerne", "rum", "rummet", "rummene",
                   "printere", "printerne", "computere", "computerne", "servere", "serverne", "maskiner", "maskinerne",
                   "stol", "stolen", "stole", "stolene", "chatbot", "chatbotten",
                   # robots and mowers by their plural too: "vores to robotplæneklippere"
                   "robotter", "robotterne", "klipper", "klipperen", "klippere", "klipperne",
                   # a leaf blower or vacuum by what the team calls it: 'Vores nye løvsuger hedder "Brumle"'
                   "suger", "sugeren", "blæser", "blæseren", "fræser", "fræseren")
# Storms, which the weather service names: "Stormen har fået navnet Ingolf".
_STORMS = frozenset("storm stormen orkan orkanen uvejr uvejret stormflod stormfloden".split())
# Animals in the indefinite plural before what they are called: "Vores katte hedder Frida og Møller".
_ANIMALS = frozenset("katte hunde heste høns kaniner marsvin grise geder får fisk fugle undulater æsler".split())
# A thing named by what people call it ("den", "det", or what it is): "beboerne har kaldt den Rasmus" (a robot vacuum
# cleaner), 'Beboerne har døbt vores robotsæl "Søren"'.
# (also given a name, which may have two words in quotes: 'Vi har navngivet vores nye kraftige hammer "Big Bertha"')
_A_THING_CALLED = re.compile(
    r"\b(?:kaldt|kalder|kaldte|døbt|døbte|navngivet|navngav)\s+(?:den|det|(?:vores|jeres|deres|sin|sit)\s+(?:[\w-]+\s+){0,2}([\w-]+))"
    r"\s+(?:[\"“»'‘]([A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*)?)[\"”«'’]|([A-ZÆØÅ][\w-]*))"
)
# … or what people will call it, one name or a list: 'Vi vil kalde det nye insekthotel "Bille-Bo"', 'navngive vores tre
# presser "Pelle", "Rasmus" og "Pingo"', "Ugleungerne har fået navnene Per, Bo og Sten" (its noun, if named, no person's:
# not "navngive den nye praktikant Søren", nor "Tvillingerne har fået navnene Ida og Eva").
# (a name in quotes may have words more: 'kalde den nye bonsai "Bedstefar Bent"')
_NAMED = r"(?:[\"“»'‘][A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*){0,2}[\"”«'’]|[A-ZÆØÅ][\w-]*)"
_NAMED_LIST = rf"{_NAMED}(?:(?:\s*,\s*|\s+(?:og|eller)\s+){_NAMED})*"
_THINGS_TO_BE_CALLED = Guarded(re.compile(
    rf"\b(?:kalde|døbe|navngive)\s+(?:den|det|dem|(?:vores|jeres|deres|den|det|de)\s+(?:[\w-]+\s+){{0,2}}?([\w-]+))\s+(?:for\s+)?({_NAMED_LIST})"
    rf"|\b([\w-]+)\s+(?:har|har\s+nu|har\s+lige)\s+fået\s+navnene\s+({_NAMED_LIST})"
))
# An animal in the definite, then its name: 'æslet "Knud" … Knud bed hende' (the name is the animal's wherever it recurs).
_ANIMAL_THEN_NAME = re.compile(r"\b([^\W\d_]+)[ \t]+[\"“»'‘]?([A-ZÆØÅ][\w-]*)(?![\w-]|[ \t]+[A-ZÆØÅ])")
# A name given just before it: where an animal is said to bear it, it is the animal's wherever it recurs ("en grævling
# der hedder Gorm. Skriv en historie om Gorm").
_NAME_GIVEN = re.compile(r"\b(?:hed(?:der|te)|ved[ \t]+navn|kaldet|kalder)[ \t]+(?:(?:fru|hr\.?|frøken|onkel|tante)[ \t]+)?([A-ZÆØÅ][\w-]*)")
# Someone's pet, then its name, also set off by commas: "sin egen hund, Kaj, næste uge", "Bents egen hund, Fido, må ligge
# hos ham", "hendes førerhund Molly" (the name is the animal's wherever it recurs; a working dog's compound too, not "-kat": "advokat").
_SOMEONES_PET_THEN_NAME = re.compile(
    r"\b(?:sin|sit|hans|hendes|deres|vores|jeres|min|mit|din|dit|[A-ZÆØÅ][\w-]*s)[ \t]+(?:(?:egen|eget|lille|nye|gamle)[ \t]+)?"
    r"(?:[\w-]*hund|[\w-]*hvalp|(?<![\w-])(?:kat|killing|hest|pony|kanin|marsvin|hamster|undulat|papegøje))"
    r"(?:,[ \t]*|[ \t]+)[\"“»'‘]?([A-ZÆØÅ][\w-]*)(?![\w-]|[ \t]+[A-ZÆØÅ])"
)
# A thing, then what its people call it: "en robotplæneklipper, vi kalder Bent", "liften, som holdet kalder Frode".
_THING_WE_CALL = Guarded(re.compile(
    r"\b([^\W\d_]+),?[ \t]+(?:som[ \t]+)?(?:vi|de|I|eleverne|børnene|holdet|beboerne|personalet)[ \t]+(?:kalder|kaldte)[ \t]+"
    r"[\"“»'‘]?([A-ZÆØÅ][\w-]*)"
))
# A name said to be a thing's, the name first: '"Kaj" er navnet på vores nye tandplejebus', and a list of them: '"Bo, Mark
# og Per" er navnene på bibliotekets tre nye symaskiner' (not a person's noun: "… er navnene på de to nye elever").
_NAME_OF_A_THING = Guarded(re.compile(
    rf"[\"“»'‘]?({_NAMED_LIST})[\"”«'’]?\s+(?:er|bliver)\s+navne(?:t|ne)\s+på\s+(?:vores|den|det|de|jeres|deres|kommunens|[\w-]+s)\s+"
    r"(?:(?:nye|to|tre|fire|fem|seks)\s+){0,2}([\w-]+)"
))
# Vehicles people name: "tandplejebussen hedder Kaj", "ladcyklen Bente".
_VEHICLE_ENDINGS = ("bus", "bussen", "bil", "bilen", "tog", "toget", "vogn", "vognen", "cykel", "cyklen")
# A product's model by its name in quotes: 'paraplymodel "Viktor"', 'Hjelmmodellen "Viggo Junior"' (not a person who models
# or sets an example: "fotomodel", "rollemodel").
_MODEL_NAMED = Guarded(re.compile(r"\b(?!foto|rolle)[\w-]*model(?:len|ler|lerne)?[ \t]+[\"“»'‘]([A-ZÆØÅ][^\"”«'’\n]{0,30})[\"”«'’]", re.IGNORECASE))
# A locality between a house number and a postcode: "Engvej 4, Øster Tørslev, 8950 Ørsted".
_HOUSE_NUMBER_BEFORE = re.compile(r"\d+\s*[A-Za-z]?(?:,\s*(?:\d{1,2}\.?\s*(?:sal|th|tv|mf)|st|kl|kld)\.?)*,\s*$")
_POSTCODE_AFTER = re.compile(r"(?:\s+[A-ZÆØÅ][\w-]*){0,2},\s*\d{4}\s+[A-ZÆØÅ]")


# A care home's wards, named as its rooms are: "Vores afsnit hedder Savoj, Rødkål og Spidskål".
_WARD_WORDS = ("afsnit", "afsnittet", "afsnittene")


def _a_thing(noun: str) -> bool:
    """A room, a place, a ward, a device, a vessel, a vehicle or an animal: what people give names that are no person's."""
    return (place_word(noun) or noun.endswith(_WARD_WORDS) or noun.endswith(_DEVICE_ENDINGS) or noun.endswith(_VESSEL_ENDINGS)
            or noun.endswith(_VEHICLE_ENDINGS) or noun.endswith(_PET_ENDINGS) or noun in _ANIMALS or noun in _STORMS)


# A line about varieties of a plant, whose names are often people's: "Hvilke æblesorter …? Jeg har tænkt på Ingrid
# Marie, Filippa og Cox Orange", and a plant's variety in quotes: "Hvordan beskærer man pæretræet 'Clara Frijs'?" (not
# "Sorter listen": a verb; nor "sort", "ressorten"; nor names after "juletræet" unquoted).
# (nor the imperative "Sorter" opening a sentence; the plural after a word or a count is the noun: "vælge sorter", "14 sorter")
# (a compound's singular too, "blommesort", but not black's compounds: "kulsort", "blæksort")
_VARIETY_WORD = Guarded(re.compile(
    r"\b(?:[a-zæøå]{3,}(?<!res)sort(?:er|en|erne)|[a-zæøå]{3,}(?<!res)(?<!kul)(?<!blæk)(?<!ravn)(?<!beg)sort|sorten|sorterne|(?-i:(?<=[a-zæøå\d] )sorter))\b",
    re.IGNORECASE,
))
# Who says a thing, or their office, just before a name: '"…," siger formand for udvalget Jakob Elmose'.
_SPOKEN_BY_BEFORE = re.compile(
    r"\b(?:siger|sagde|fortæller|fortalte|udtaler|forklarer|formand|formanden|direktør|chef|leder|borgmester)\b[^.!?\n\"“”]{0,60}$",
    re.IGNORECASE,
)
# A species by its Latin name, the genus capitalised and the epithet in Latin: "Rosa rugosa", "Viola odorata".
# (one space between, and the epithet a word of its own: not a cell before a mail's name, "Sandholm\tkarina.sandholm@…")
_BINOMIAL = re.compile(r"\b([A-Z][a-z]+) ([a-z]{3,}(?:ensis|oides|ii|ae|ata|ita|osa|ina|ica|ula|ium|ius|eus|alis|ilis|orum))(?![\w.@-])")
# … or the genus Latin by its ending and no name, the epithet no Danish word, also joined by a hyphen: "Matteuccia
# struthiopteris", "Dryopteris filix-mas", "Quercus robur" (not "Lad Anna forklare det": Anna is a name)
# (both words end as Latin does: not "Souza from Porto", "Dubois from Lyon")
_BINOMIAL_BY_GENUS = re.compile(
    r"\b([A-Z][a-z]{3,}(?:ia|ium|us|um|is|a|on))[ ]([a-z]{2,}(?:a|ae|i|ii|is|us|um|e|es|ans|ens|ant|ax|ex|ix|ur|or)(?:-[a-z]{2,})?)(?![\w.@-])"
)
# A name said to be a variety: "Malwina er en sen sort med store bær" (not the colour before its noun: "en sort kvinde").
_NAME_IS_A_VARIETY = re.compile(
    r"\b([A-ZÆØÅ][\w-]*)\s+(?:er|var)\s+en\s+(?:[a-zæøå-]+\s+){0,2}?(?:sort|[a-zæøå]{3,}(?<!res)sort)(?=\s+(?:med|som|der|til|fra)\b|\s*[.,;:!?)]|\s*$)"
)
# A table's column of varieties: "Sort;Skræl;Type", "| Sort | Farve |".
_VARIETY_COLUMN = re.compile(r"(?:sort|sorter|sortsnavn|sortnavn|variety)", re.IGNORECASE)
_PLANT_WORD = Guarded(re.compile(r"\b[a-zæøå]+(?:træet|træer|busken|buske|rosen|roser)\b", re.IGNORECASE))
_QUOTED_NAME = re.compile(r"['‘]([A-ZÆØÅ][^'’\n]{1,30})['’](?!\w)")
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÆØÅ][\w'-]+(?:[ \t]+[A-ZÆØÅ][\w'-]+)*")


def _latin_epithet(word: str, names) -> bool:
    """No Danish word in any form ("spiser" is "spise"'s), or a Latin ending on no Danish word as written ("vulgare", not
    "forklare")."""
    if word.endswith(("are", "is", "um", "us", "ur", "ans", "ens")):
        return not is_common_word(word, names, inflected=False)
    return not is_common_word(word, names)


def plant_varieties(text, names) -> list[tuple[int, int]]:
    """Where a line about a plant's varieties names them, in quotes anywhere or capitalised after the word for the
    varieties ("pæretræet 'Clara Frijs'", "æblesorter? … Ingrid Marie, Filippa og Cox Orange"): things, like figures.
    A first name and a surname there is a person still ("… gamle danske sorter," siger formand Jakob Elmose)."""
    spans = _variety_column_cells(text)
    spans += [m.span(1) for m in _BINOMIAL.finditer(text)]
    spans += [m.span(1) for m in _BINOMIAL_BY_GENUS.finditer(text)
              if names.get(m.group(1).lower()) is None and _latin_epithet(m.group(2).split("-")[0], names)]
    for line in re.finditer(r"[^\n]+", text):
        variety = _VARIETY_WORD.search(line.group())
        if variety or _PLANT_WORD.search(line.group()):
            spans += [(line.start() + m.start(), line.start() + m.end()) for m in _QUOTED_NAME.finditer(line.group())]
        if variety:
            spans += [(line.start() + m.start(), line.start() + m.end())
                      for m in _CAPITALISED.finditer(line.group(), variety.end())
                      if not (len(words := m.group().split()) > 1 and surname_after_first_name(words[-2], words[-1], names))
                      and not _SPOKEN_BY_BEFORE.search(line.group(), max(0, m.start() - 80), m.start())]
    return spans


def _variety_column_cells(text) -> list[tuple[int, int]]:
    """The cells under a table's column headed by the word for a variety, to the table's end (a blank line)."""
    spans, column, separator, start = [], None, None, 0
    for row in text.split("\n"):
        line_start, start = start, start + len(row) + 1
        if not row.strip():
            column = None
            continue
        if column is not None:
            cells = row.split(separator)
            if len(cells) > column:
                offset = line_start + sum(len(cell) + 1 for cell in cells[:column])
                value = cells[column]
                stripped = value.strip()
                if stripped and not set(stripped) <= set("-: "):
                    spans.append((offset + value.index(stripped), offset + value.index(stripped) + len(stripped)))
            continue
        for separator in (";", "|", "\t"):
            cells = [cell.strip() for cell in row.split(separator)]
            if len(cells) > 1 and any(_VARIETY_COLUMN.fullmatch(cell) for cell in cells):
                column = next(i for i, cell in enumerate(cells) if _VARIETY_COLUMN.fullmatch(cell))
                break
    return spans


def product_models(text) -> list[tuple[int, int]]:
    """Where a product's model is named in quotes after the word for it ('Hjelmmodellen "Viggo Junior"'): a thing, like a
    figure, there only (the name may be a person's elsewhere in the text)."""
    return [m.span(1) for m in _MODEL_NAMED.finditer(text)]


# A name given in quotes after "hedder" or "døbt" names a thing, whatever the thing, unless its clause names someone:
# 'Vores nye lift hedder "Frode"', 'Mønstrene i vævebogen hedder "Ask", "Birk" og "Storm"', 'Den hedder "Spørg Bredvig"',
# also where it is so named: 'Vores nye væv hedder i kataloget "Model Kaj 120"' (not 'Han hedder "Per"', 'formanden for
# foreningen hedder "Kurt Hørlyk"').
_IN_DOUBLE_QUOTES = r"[\"“„]([^\"“”„\n]{1,40})[\"”“]"
_QUOTED = re.compile(_IN_DOUBLE_QUOTES)
_QUOTED_NAMES_GIVEN = re.compile(
    rf"\b(?:hedder|hed|døbt)(?:[ \t]+(?:i|på)[ \t]+[^\W\d_]+)?"
    rf"[ \t]+((?:{_IN_DOUBLE_QUOTES}(?:[ \t]*,[ \t]*|[ \t]+(?:og|eller)[ \t]+)?)+)", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[.!?\n,;:]")
_SOMEONE_IN_A_CLAUSE = frozenset(
    "han hun jeg du he she formand formanden leder lederen chef chefen direktør direktøren borgmester borgmesteren "
    "kvinde kvinden person personen familie familien".split()
)


def _names_someone_in(clause) -> bool:
    words = [w.lower() for w in WORD.findall(clause)]
    return any(w in _SOMEONE_IN_A_CLAUSE or w in ROLE_TITLES or _a_person_word(w) for w in words)


def _a_person_word(noun) -> bool:
    """A word for a person or people: "mor", "eleven", "medarbejdere"."""
    return noun in _PEOPLE_WORDS or noun.endswith(_PEOPLE_PLURALS + _PEOPLE_SINGULARS)


def names_given_in_quotes(text) -> list[tuple[int, int]]:
    """Where a name given in quotes after "hedder" or "døbt" stands (``_QUOTED_NAMES_GIVEN``): a thing's, like a
    figure's, there only. The clause is read back from the verb to the last punctuation or the last such name."""
    spans, clause_start = [], 0
    for m in _QUOTED_NAMES_GIVEN.finditer(text):
        ends = [e.end() for e in _CLAUSE_END.finditer(text, max(clause_start, m.start() - 200), m.start())]
        clause = text[max([clause_start, m.start() - 200, *ends]) : m.start()]
        if not _names_someone_in(clause):
            spans += [(m.start(1) + q.start(1), m.start(1) + q.end(1)) for q in _QUOTED.finditer(m.group(1))]
        clause_start = m.end()
    return spans


def names_of_things(text) -> list[tuple[int, int]]:
    """Where the names a text gives to rooms, places or devices, or proposes for anything, stand, there and
    wherever they recur ("Mødelokalerne hedder Iris og Viola. … Iris: 12 pladser")."""
    given = set()
    for match in _THING_NAMES.finditer(text):
        noun = match.group(1).lower()
        if _a_thing(noun):
            given.update(w for w in WORD.findall(match.group(2)) if w.lower() not in ("og", "eller"))
    for match in _NAMES_THEN_THING.finditer(text):
        nouns = [noun.lower() for noun in match.group(2).split()]
        if any(_a_thing(noun) for noun in nouns) or not any(noun.endswith(_PEOPLE_PLURALS) for noun in nouns):
            given.update(w for w in WORD.findall(match.group(1)) if w.lower() not in ("og", "eller"))
    for match in (*_NAMES_AS_WORDS.finditer(text), *_NAMES_AS_EXAMPLES.finditer(text)):
        given.update(w for w in WORD.findall(match.group(1) or match.group(2) or "") if w.lower() not in ("og", "eller", "and", "or"))
    given.update(word for m in _A_THING_CALLED.finditer(text) if not (m.group(1) and _a_person_word(m.group(1).lower()))
                 for word in (m.group(2) or m.group(3)).split())  # (not "navngivet vores nye praktikant Søren")
    given.update(m.group(2) for m in _THING_WE_CALL.finditer(text) if _a_thing(m.group(1).lower()))
    given.update(m.group(1) for m in _NAME_IS_A_VARIETY.finditer(text))
    given.update(m.group(2) for m in _ANIMAL_THEN_NAME.finditer(text) if m.group(1).lower().endswith(_PET_ENDINGS))
    given.update(m.group(1) for m in _SOMEONES_PET_THEN_NAME.finditer(text))
    given.update(m.group(1) for m in _NAME_GIVEN.finditer(text)
                 if _ANIMAL_NAMED.search(text, max(0, m.start(1) - 40), m.start(1))
                 or _NAMED_ANIMAL_BEFORE.search(text, max(0, m.start(1) - 60), m.start(1)))
    for match in _THINGS_TO_BE_CALLED.finditer(text):
        noun = (match.group(1) or match.group(3) or "").lower()
        if _a_thing(noun) or not _a_person_word(noun):
            given.update(w for w in WORD.findall(match.group(2) or match.group(4)) if w.lower() not in ("og", "eller"))
    for match in _NAME_OF_A_THING.finditer(text):
        if _a_thing(match.group(2).lower()) or not _a_person_word(match.group(2).lower()):
            given.update(w for w in WORD.findall(match.group(1)) if w.lower() not in ("og", "eller"))
    proposed = [*_NAMES_PROPOSED.finditer(text), *(_PROPOSALS.finditer(text) if _NAME_ASKED_FOR.search(text) else ())]
    for match in proposed:
        given.update(w for w in WORD.findall(match.group(1) or match.group(2) or "") if w[0].isupper())
    return [(m.start(), m.end()) for word in given for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def owner_and_noun(text, candidate, names) -> bool:
    """"Bents Bageri", "Kirstens Kontor", "Jensens Køkken": a name's genitive and a capitalised ordinary word name
    a shop or a room, and so do a full name's ("Bent Sørensens Urmageri"). Not "Jens Bager" (no genitive) or "Annes Bach"
    (a name after it)."""
    match = _GENITIVE_AND_WORD.match(text, candidate.start)
    if not match or match.end() < candidate.end:
        return False
    first, owner, noun = match.group(1), match.group(2).lower(), match.group(3)
    if names.get(noun.lower()) is not None or noun.lower() in _SOMEONES_PEOPLE or noun.lower() in ROLE_TITLES:
        return False  # "Annes Bach", "Anne Hansens Far", "Peter Madsens Leder"
    if names.get(f"{owner}s") is not None:
        return False  # "Juan Carlos Ortega": a name that ends in s is no genitive
    if first:  # a long ordinary word or a trade after a full name's genitive ("Urmageri", "Anlægsgartneri"); a short one
        # may be the third part of a name ("Lucas Rojas Hvidt", "Aage Dalgas Holms")
        # (nor the first word of a thing the person has, "Ingeborg Sands Digital Post", but of an institution: "Kristian
        # Wulffs Tekniske Skole")
        after = WORD.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
        return (names.get(first.lower()) in ("first", "both") and names.get(noun.lower().removesuffix("s")) is None
                and (len(noun) >= 6 and is_common_word(noun, {}) or _a_trade(noun))
                and not (after and after.group()[0].isupper() and not after.group().lower().endswith(INSTITUTION_ENDINGS)))
    # (or a compound of two: a room named after someone, "Ellens Bregnestue")
    return names.get(owner) in ("first", "both", "last") and (is_common_word(noun, {}) or _a_trade(noun) or compound_of_words(noun, names))


def _a_trade(noun: str) -> bool:
    """A trade's or a firm's word, known or a compound of one: "Urmageri", "Strygeservice"."""
    lowered = noun.lower()
    return lowered.endswith("eri") or any(lowered.endswith(head) for head in ORGANISATION_HEADS if len(head) >= 6)


# Words German or Polish writes and Danish never does: a paragraph with several of one language's is in that language,
# where the Danish pipeline takes "Herbst", "Grüßen", "Büro" (German capitalises every noun) or a Polish sentence's first
# word ("Dzień", "Proszę") for people. ("der", "den", "mit", "i", "to" are Danish or English too.)
_FOREIGN_WORDS = (
    frozenset(
        "und die das nicht ist sind wir ich sie ihr ihre ihnen ein eine einen einem einer im auf bitte sehr noch auch zu "
        "wird werden haben möchte muss leider gegen unser unsere diesen dieser diese für über nur freundlichen grüßen".split()
    ),
    frozenset(
        "nie się jest że przy dla oraz proszę dzień dobry mam jestem bardzo jak tak który która które ale czy już "
        "mój moja nasz nasza pan pani dziękuję".split()
    ),
)
_DANISH_WORDS = frozenset("og ikke jeg er til på af med som at det har kan skal vi du en et hun han".split())
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A German title before a name keeps it: "Herr Bürgermeister Welling".
_GERMAN_TITLE_BEFORE = re.compile(r"\b(?:Herr|Frau|Dr\.|Prof\.|(?:Ober)?[Bb]ürgermeister(?:in)?)\s+$")


@lru_cache(maxsize=16)
def _foreign_paragraphs(text) -> tuple:
    """The (start, end) of each paragraph of ``text`` written in German or Polish; once per text, as every candidate
    asks. A short paragraph with one such word next to one in that language is in it too: a letter's salutation and
    closing ("VERTRAULICH – nur für die Projektgruppe", "Mit freundlichen Grüßen")."""
    paragraphs, start = [], 0
    for end in [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]:
        words = [w.lower() for w in WORD.findall(text, start, end)]
        danish = sum(w in _DANISH_WORDS for w in words)
        counts = [[w for w in words if w in language] for language in _FOREIGN_WORDS]
        paragraphs.append((start, end, [len(c) >= 3 and len(set(c)) >= 2 and len(c) > danish for c in counts],
                           [len(c) >= 1 and len(c) > danish for c in counts]))
        start = end
    found = []
    for i, (start, end, written_in, touched_by) in enumerate(paragraphs):
        neighbours = [paragraphs[j][2] for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)]
        if any(written_in) or any(touched and any(n[k] for n in neighbours) for k, touched in enumerate(touched_by)):
            found.append((start, end))
    return tuple(found)


def foreign_words(text, candidate, names) -> bool:
    """Words of a German or Polish paragraph taken for a name, after no title: one word no name list knows or in
    lower case ("im Herbst", "mir", "Proszę"), or words with a function word of the language ("Dänisch zu"). Two
    capitalised words stay a name ("Katrin Vossberg", "Agnieszka Kowalska")."""
    if not any(a <= candidate.start < b for a, b in _foreign_paragraphs(text)):
        return False
    value = text[candidate.start : candidate.end]
    words = WORD.findall(value)
    function_word = any(w.lower() in language for w in words for language in _FOREIGN_WORDS)
    if not function_word and (len(words) > 1 or (names.get(value.lower()) and not value.islower())):
        return False
    return not _GERMAN_TITLE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)


def a_locality(text, candidate) -> bool:
    """Is the candidate the village line of an address, between the house number and the postcode?"""
    return bool(_POSTCODE_AFTER.match(text, candidate.end)
                and _HOUSE_NUMBER_BEFORE.search(text, max(0, candidate.start - 30), candidate.start))


# "Ebbe og flod", "Storm og regn": a word paired with a lower-case noun by "og".
_PAIRED_WITH_A_NOUN = re.compile(r"\s+(?:og|eller)\s+([a-zæøå]{3,})\b")


def a_word_in_a_pair(text, candidate, names) -> bool:
    """Is the candidate, at a sentence's start, an ordinary word paired with an ordinary noun: "Ebbe og flod er …"?

    A name that is no ordinary word stays a name ("Ida og familien"), and so does a pair with a person
    ("Ebbe og hans kone").
    """
    value = text[candidate.start : candidate.end]
    if " " in value or not is_common_word(value, {}):
        return False
    before = text[max(0, candidate.start - 3) : candidate.start]
    opens = re.search(r"(?:^|[.!?:\n])\s*$", before) or re.search(r"(?:^|\s)[\"“„]$", before)  # (or a quotation: '"Ebbe og flod"')
    if candidate.start and not opens:
        return False
    pair = _PAIRED_WITH_A_NOUN.match(text, candidate.end)
    return bool(pair) and is_common_word(pair.group(1), names) and pair.group(1) not in FUNCTION_WORDS


# Lower-case words listed with commas, "og" or "eller": "ask og birk", "vibe, ravn, musvit og solsort".
_LOWER_CASE_LIST = re.compile(r"[a-zæøå]{2,}(?:(?:,[ \t]*|[ \t]+(?:og|eller)[ \t]+)[a-zæøå]{2,})+")
_LIST_SEPARATOR = re.compile(r",[ \t]*|[ \t]+(?:og|eller)[ \t]+")
_LIST_TAIL = re.compile(r"(?:(?:,[ \t]*|[ \t]+(?:og|eller)[ \t]+)[a-zæøå]{2,})+")
_PEOPLE_WORDS = frozenset(
    "mor far mormor morfar farmor farfar søster bror onkel moster faster tante kone mand ven veninde kollega "
    "barn søn datter kæreste nabo".split()
)


def a_word_in_a_list(text, candidate, names) -> bool:
    """Is a lower-case candidate an ordinary word in a list with an ordinary word that is no name ("allé med
    ask og birk", "fx vibe, ravn, musvit og solsort"), or in a list of ordinary words that are all surnames too
    ("smed, fisker, bonde og degn"), or a capitalised word heading a lower-case list of ordinary words ("Lærke,
    vibe og stær")? Names typed in lower case are listed with names ("oliver, magnus og victor") or with
    words for people ("mor og søren")."""
    value = text[candidate.start : candidate.end].split()[0]
    if not is_common_word(value.lower(), {}, inflected=False):
        return False
    if not value.islower():
        # a capitalised head of a lower-case list of ordinary words: "Lærke, vibe og stær yngler her"
        tail = _LIST_TAIL.match(text, candidate.end)
        items = _LIST_SEPARATOR.split(tail.group().strip(", ")) if tail else []
        items = [w for w in items if w]
        return (" " not in text[candidate.start : candidate.end] and len(items) >= 2
                and all(is_common_word(w, {}, inflected=False) and w not in _PEOPLE_WORDS for w in items))
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.start)
    for listed in _LOWER_CASE_LIST.finditer(text, line_start, len(text) if line_end == -1 else line_end):
        if listed.start() <= candidate.start < listed.end():
            others = [w for w in _LIST_SEPARATOR.split(listed.group()) if w != value]
            if any(w in _PEOPLE_WORDS for w in others):
                return False
            if any(is_common_word(w, names, inflected=False) and w not in FUNCTION_WORDS for w in others):
                return True
            # every item an ordinary word, each also a surname: "smed, fisker, bonde, degn og foged"
            return len(others) >= 2 and all(is_common_word(w, {}, inflected=False) for w in others)
    return False


# A file's name: it ends in a document's extension.
_FILE_NAME = re.compile(r"\.(?:csv|xlsx?|docx?|pdf|pptx?|txt|json|xml|zip|msg|eml|png|jpe?g)[\"')\],.;:]*$", re.IGNORECASE)


# A tag of HTML or XML pasted with a text: its element and attribute names are no names.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>\n]*)?/?>")
# A top-level domain glued to a word: the word names a web site.
_DOMAIN_AFTER = re.compile(r"\.(?:com|dk|net|org|eu|io|nu|se|no|de|info)(?![\w-])")
# A comment's author in a word processor's tag is glued to the comment's number: "[Kommentar AB1: …]".
_COMMENT_TAG_BEFORE = re.compile(COMMENT_TAG + "$")
_COMMENT_AUTHOR_INITIALS = re.compile(r"[A-ZÆØÅ]{2,4}")


def _names_joined(word) -> bool:
    """Is ``word`` a first name with another name joined to it ("KimHong", "AnnMarie")?"""
    names, homographs = load_names()
    first = re.match(r"[A-ZÆØÅ][a-zæøå]+(?=[A-ZÆØÅ])", word)
    return bool(first) and lookup(first.group(), names, homographs)[0] in ("first", "both")


_TOKEN_ENDS = (" ", "\t", ";", ",", "|", "<", ">", "(", ")", '"')
#: A number glued to a code in capitals, or one space after it: "YVN-50", "BWV 1007".
_CODE_NUMBER_AFTER = re.compile(r"-?\d| \d")


def in_a_code(text, candidate) -> bool:
    """Letters glued to digits, to a label in capitals or inside a link or an e-mail address are part of
    a code, not a name ("t.co/Ea9MOsl5VY", "TLP:AMBER", "hanne.jensen@kommune.dk"), and so is a whole file
    name the pipeline took for one."""
    before, after = text[candidate.start - 1 : candidate.start], text[candidate.end : candidate.end + 1]
    if (before.isdigit() or after.isdigit()) and not (
            _COMMENT_TAG_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
            and _COMMENT_AUTHOR_INITIALS.fullmatch(text, candidate.start, candidate.end)):
        return True
    if before == ":" and re.search(r"(?:^|\s)[A-ZÆØÅ]{2,}$", text[max(0, candidate.start - 12) : candidate.start - 1]):
        return True
    line_start = text.rfind("\n", 0, candidate.start) + 1
    # A token ends at a space and at a table's or a list's separator: "Nadia Hussein;nadia.h91@gmail.com" is a name,
    # then an address.
    token_start = max(max(text.rfind(c, line_start, candidate.start) for c in _TOKEN_ENDS), line_start - 1) + 1
    token_end = min((i for i in (text.find(c, candidate.end) for c in (*_TOKEN_ENDS, "\n")) if i != -1), default=len(text))
    token = text[token_start:token_end]
    value = text[candidate.start : candidate.end]
    if any(_INNER_CAPITAL.fullmatch(w) and not _names_joined(w) for w in value.split()):
        return True  # "PaaS", "ERROR CPRLookup": a product's or a system's name
    if "_" in value or _FILE_NAME.search(value):
        return True  # "Loen_nov_FORTROLIG.csv" taken whole; a name inside a file's name stays one
    last = value.split()[-1]
    if (" " in value and last.isupper() and 2 <= len(last) <= 5 and _CODE_NUMBER_AFTER.match(text, candidate.end)
            and load_names()[0].get(last.lower()) is None):
        return True  # "Yamaha YVN-50", "Bach BWV 1007": a maker or a composer before a model's or a catalogue's number
    line_end = text.find("\n", candidate.end)
    if "<" in text[line_start : candidate.start] and any(
        m.start() < candidate.start and candidate.end <= m.end()
        for m in _MARKUP_TAG.finditer(text, line_start, len(text) if line_end < 0 else line_end)
    ):
        return True  # '<article class="nyhed">': the words of a markup tag
    if _DOMAIN_AFTER.match(text, candidate.end):
        return True  # "Lauritz.com", "Jensen.dk": a web address without its "www."
    return "://" in token or token.startswith("www.") or "@" in token[1:]  # an e-mail address is its own finding


#: How Danish town names end ("Kærby", "Fjordbjerg", "Tølløse", "Nørre Alslev" aside): in a list, one such
#: word that no name list holds makes the list one of places.
_TOWN_ENDINGS = ("by", "bjerg", "rup", "strup", "løse", "købing", "sted", "lev", "bæk", "havn", "borg", "inge", "ved", "kær", "mose",
                 "have", "mark", "høj", "bo", "vig", "rød", "lund", "holt", "klit", "marsk", "bølle")  # (and a care home's or a district's garden, field or hill: "Syvstenhave",
                 # "Nørremark", "Kirsebærhøj", "Hyldebo"; a bay's town: "Kobbervig"; a clearing's: "Askerød"; a grove's: "Riselund",
                 # a wood's, a dune's or a marsh's: "Tornsholt", "Skarvklit", "Klitmarsk")


def town_by_its_ending(value, names) -> bool:
    """One word no name list holds that ends as Danish towns do ("Lundbjerg", "Ravnstrup"), or as islands do ("Sælø",
    "Lyngø")."""
    lowered = value.lower()
    return (" " not in value and names.get(lowered) is None
            and ((len(value) > 4 and lowered.endswith(_TOWN_ENDINGS)) or (len(value) > 3 and lowered.endswith("ø") and value.isalpha())))


def named_after_a_town(value, names) -> bool:
    """One word no name list holds that joins a town's name and an ordinary word, as a card, a hall or a school named
    after its town ("Brobøllekort", "Ravnstruphallen"); a surname ends in no ordinary word after a town's ending."""
    lowered = value.lower()
    return names.get(lowered) is None and " " not in value and any(
        town_by_its_ending(value[:cut], names) and is_common_word(lowered[cut:], names)
        for cut in range(5, len(value) - 3)
    )


_GREETINGS = frozenset("mvh vh kh bh hilsen hej kære dear hi hello regards".split())


def _without_a_greeting(value: str) -> str:
    first, _, rest = value.partition(" ")
    return rest if rest and first.lower().rstrip(",.") in _GREETINGS else value


def lists_of_places_and_things(text, names, pipeline_places=()):
    """Items of a list share their kind: in "Hals, Hou, Marielyst og Henne Strand" a town or a place
    word makes every item a place, and after "stormene", "færgerne" or "musene" every item is a storm, a ship
    or an animal.
    A known first name in the list keeps it a list of people ("Hanne, Aarhus og Lars"). Ordinary words
    make it a list of things when one of them is no name at all ("Ask, Birk, Eg og Lind": trees). The names
    given to rooms, places and devices are things too (``names_of_things``).
    ``pipeline_places``: what the pipeline calls a place counts as one ("mellem Tarp og Vestby")."""
    spans = []
    for head, items in _lists(text):
        head = head.lower()
        if head in _PEOPLE_BEFORE_A_LIST:
            continue  # "Børnene Viggo, Birk og Storm": children named after trees are children
        values = [text[a:b] for a, b in items]
        things = head in NOT_PERSON_BEFORE or head.endswith(_VESSEL_ENDINGS) or head.endswith(_ANIMALS_PLURAL)
        # (initials are no words: "SAL og Pia" are two people, not a hall and a word)
        places = any(
            is_place(value) or (value.split()[-1].lower() in NOT_PERSON_AFTER and not value.isupper())
            or any(s <= a and b <= e for s, e in pipeline_places)
            or town_by_its_ending(value, names)
            for (a, b), value in zip(items, values)
        )
        # (a greeting or a sign-off may open the first item: "Mvh Rikke, Natur og Park" is Rikke of a unit)
        people = any(names.get(_without_a_greeting(v).split()[0].lower()) in ("first", "both") and not is_place(v) for v in values)
        words = [v for v in values if " " not in v]
        # (a word for a person makes it a list of people: "Mor og Alma bor på krisecenter")
        things = things or (
            len(words) == len(values) and all(is_common_word(v, {}) and not v.isupper() for v in words)
            and any(names.get(v.lower()) is None for v in words) and not any(v.lower() in _PEOPLE_WORDS for v in words)
        )
        if things or (places and not people):
            spans += items
    return spans + _quoted_words_in_a_list(text, names) + names_of_things(text)


# A list of names in quotes, each perhaps with a note in brackets: '"Eg" (lokale 1), "Birk" (lokale 2)', '"Hold Birk" og
# "Hold Ask"'.
_QUOTED_ITEM = r"[\"“„]([A-ZÆØÅ][^\W\d_]+(?: [A-ZÆØÅ][^\W\d_]+)?)[\"”](?:[ \t]*\([^()\n]{1,30}\))?"
_QUOTED_LIST = re.compile(rf"{_QUOTED_ITEM}(?:[ \t]*,[ \t]*{_QUOTED_ITEM})*(?:[ \t]*,?[ \t]+(?:og|eller|and|or)[ \t]+{_QUOTED_ITEM})"
                          rf"|{_QUOTED_ITEM}(?:[ \t]*,[ \t]*{_QUOTED_ITEM}){{2,}}")
_QUOTED_LIST_ITEM = re.compile(_QUOTED_ITEM)


def _quoted_words_in_a_list(text, names) -> list[tuple[int, int]]:
    """The names in quotes a list gives to things when they are ordinary words and one of them is no name at all: '"Ask",
    "Birk" og "Eg"' are shelves, '"Hold Birk" og "Hold Ask"' two teams (items of two words share the first). A list of
    quoted first names stays one of people ('"Mette" og "Hanne"')."""
    spans = []
    for listed in _QUOTED_LIST.finditer(text):
        items = list(_QUOTED_LIST_ITEM.finditer(text, listed.start(), listed.end()))
        heads = {m.group(1).rpartition(" ")[0] for m in items}
        words = [m.group(1).rpartition(" ")[2] for m in items]
        if (len(heads) == 1 and all(is_common_word(w, {}) and w.lower() not in _PEOPLE_WORDS for w in words)
                and any(names.get(w.lower()) is None for w in words)):
            spans += [m.span(1) for m in items]
    return spans


def listed_with_figures(text, figures) -> list[tuple[int, int]]:
    """Items of a list that also names a historical figure or a character of fiction are such figures too:
    "Mads Skjern, Maude Varnæs og Agnes", "Rasmus Klump, Pingo og Pelle" (``figures``: their spans)."""
    spans = []
    for _, items in _lists(text):
        if any(s < e2 and s2 < e for s, e in items for s2, e2 in figures):
            spans += items
    return spans


def institution_word(word, names) -> bool:
    """A word that names an institution by its ending after another word ("Roklub", "Musikfestival", "Filial"); not a
    surname's ending ("Brohus", "Dahl")."""
    lowered = word.lower()
    return names.get(lowered) is None and lowered.endswith(INSTITUTION_ENDINGS) and not lowered.endswith(("hus", "hal"))


# Cafés and workshops a library or a club runs, named by what is done there: "Sycaféen", "Reparationscaféen",
# "Lappeværksted".
_CAFE_ENDINGS = ("café", "cafe", "caféen", "cafeen", "værksted", "værkstedet")


def institution_name(word, names) -> bool:
    """"Bakkeskolen", "Kongensgade", "Strandvejen": one word naming an institution or a street; a shelter
    ("ly") after an ordinary word names a care home or a house: "Havnely", "Skovly", "Bakkely" (not "Kelly")."""
    lowered = word.lower()
    if lowered.endswith("ly") and names.get(lowered) is None and any(
        is_common_word(stem, {}) for stem in (lowered[:-2], lowered[:-3]) if len(stem) >= 4
    ):
        return True
    if lowered.endswith(_CAFE_ENDINGS) and names.get(lowered) is None and not lowered.startswith(_CAFE_ENDINGS):
        return True  # a café or a workshop with a short first part: "Sycaféen", "Lappeværksted"
    return names.get(lowered) is None and any(
        lowered.endswith(e) and len(lowered) > len(e) + 2 for e in (*INSTITUTION_ENDINGS, *STREET_ENDINGS)
    )


# The compass words that open Danish place names of two words ("Nørre Lind", "Vester Hassing"): no person's name
# starts so.
_COMPASS_PREFIXES = frozenset({"Nørre", "Nordre", "Sønder", "Søndre", "Øster", "Østre", "Vester", "Vestre"})
# … and the words that close a unit's or a place's name by its district: "Hjemmesygeplejen Vest", "Kulturcenter Nord".
_COMPASS_WORDS = frozenset({"Vest", "Øst", "Nord", "Syd", "Midt"})


def part_of_a_place(text, candidate) -> bool:
    """Is the candidate one word of a place of two words ("Sri Lanka", "Costa Rica", "Nørre Lind")?"""
    before = _WORD_BEFORE_SPACE.search(text, max(0, candidate.start - 30), candidate.start)
    after = WORD.match(text, candidate.end + 1) if text[candidate.end : candidate.end + 1] == " " else None
    value = text[candidate.start : candidate.end]
    if value.split()[0] in _COMPASS_PREFIXES or (before and before.group(1) in _COMPASS_PREFIXES):
        return True
    return bool(
        (before and is_place(f"{before.group(1)} {value}")) or (after and is_place(f"{value} {after.group()}"))
    )


def place_word(word: str) -> bool:
    """Is ``word`` a place or building word, or a compound ending in one ("Idrætshallen")?"""
    return word in NOT_PERSON_AFTER or word.endswith(_PLACE_ENDINGS)


_AND_THE_AFTER = re.compile(r"\s*&\s*the\b", re.IGNORECASE)


# Where a work's title in quotes begins: after a word for seeing, reading or performing it, or for the work itself,
# with up to two words between ('se "Palle alene i verden"', 'læse bogen "Emil fra Lønneberg"', 'opføre "Karius og Baktus"',
# 'Syng med på "Jens Vejmand"'), and after other titles so begun ('synge "Den lille Ole med paraplyen" og "Mads Doss"').
_TITLE_QUOTE_BEFORE = re.compile(
    r"\b(?:se|ser|så|læse|læser|læste|læs|høre|hørte|hør|lytte\s+til|lyt\s+til|synge|synger|syng|sang|sunget|opføre|opfører"
    r"|opførte|opfør|spille|spiller|spillede|spillet|spil|bogen|filmen|serien"
    r"|sangen|stykket|teaterstykket|forestillingen|musicalen|eventyret|romanen|digtet|billedbogen|titlen|watch|read|the\s+book"
    r"|the\s+film|the\s+play)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\"“»][^\"”«\n]{1,60}[\"”«](?:\s*,\s*|\s+(?:og|eller|and|or)\s+))*[\"“»]$",
    re.IGNORECASE,
)


# A work's title in quotes said to be one after it: '"Mads og glasdragen", en børnebog vi læser højt'.
_A_WORK_AFTER = re.compile(
    r"[\"”«],?[ \t]+(?:en|et|a|the)[ \t]+(?:[\w-]+[ \t]+)?(?:[\w-]*(?:bog|sang|salme|vise|film|serie|roman|digt|forestilling"
    r"|musical|eventyr|podcast)|book|song|film|play|series|novel|poem)\b",
    re.IGNORECASE,
)


def in_a_quoted_title(text, candidate) -> bool:
    """Is the candidate inside quotes that open after a word for a work or for seeing, reading or performing one, or that a
    word for a work follows?"""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    opening = max(text.rfind(q, line_start, candidate.start) for q in ('"', "“", "»"))
    if opening < 0:
        return False
    line_end = text.find("\n", candidate.end)
    rest = text[candidate.end : len(text) if line_end < 0 else line_end]
    closing = min((i for i in (rest.find(q) for q in ('"', "”", "«")) if i >= 0), default=-1)
    if closing < 0:
        return False
    return bool(_TITLE_QUOTE_BEFORE.search(text, max(line_start, opening - 160), opening + 1)
                or _A_WORK_AFTER.match(text, candidate.end + closing))


# A child's word before a name, or a CPR number after it: a person, whatever else the name could be.
_A_CHILD_BEFORE = re.compile(r"\b(?:søn|datter|barn|elev|sønnen|datteren|barnet|eleven|bror|søster|son|daughter)\s+$", re.IGNORECASE)
_A_CPR_NUMBER_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*\d{6}[ \t]*[-–/.]?[ \t]*\d{4}(?!\d)")


# An animal named, then said what it is: "Bjarne, vallak, 24 år", "(Karen er en 19-årig fjordhest)", "Bjarne, vores ældste
# hest".
_ANIMAL_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]+er[ \t]+)(?:en[ \t]+|et[ \t]+|vores[ \t]+|(?:vores[ \t]+)?(?:ældste|yngste|nye|gamle)[ \t]+)?(?:\d+-årig[ \t]+)?"
    r"(?-i:vallak|hoppe|hingst|pony|føl|hest|fjordhest|islænder|shetlandspony|terapihest|rideskolehest|hund|hvalp|tæve|kat|killing|hankat|hunkat)\b"
    # … or a bird of prey in a table of a park's birds: "Odin – kongeørn – 14 år", "Bodil – stor hornugle – 11 år"
    r"|[ \t]+[–-][ \t]+(?:[a-zæøå]+[ \t]+)?(?-i:[\w-]*(?:falk|ugle|høg|våge)|(?:konge|hav|fiske)ørn)\b",
    re.IGNORECASE,  # (the animal in lower case: "Til stede: JS, MR, LB, KAT" are initials)
)


# A firm run by someone: "Anadolu Peynir v/ Mehmet Yıldız" ("v/": "ved", as on a stall list or a letterhead), also from
# a word of the firm's name before its trade and in brackets: "Tavlhøj Biavl (v/ Preben Tavlhøj)".
_RUN_BY_AFTER = re.compile(r"(?:[ \t]+[A-ZÆØÅ][\w'’-]*){0,2}[ \t]+\(?v/[ \t]*[A-ZÆØÅ]")
# A month between a day and a year, in a language the name lists do not know: "du 14 au 16 mai 2027".
_DAY_BEFORE = re.compile(r"\b\d{1,2}\.?[ \t]+$")
_YEAR_AFTER = re.compile(r"[ \t]+\d{4}\b")
# Animals that fables give a first name before their kind: "Mikkel Ræv", "Rasmus Ræv og den hemmelige hule" (not "Bjørn" or
# "Ulv": surnames people bear).
_FABLE_ANIMALS = frozenset({"Ræv", "Hare", "Mus", "Ugle", "Grævling", "Pindsvin", "Egern", "Frø", "Gris", "Kanin"})


def _a_header_label(text, candidate) -> bool:
    """Is the candidate an ordinary word heading a Markdown table's column, among other labels ("| Pris (4 år) |", "| Post |"
    over "|---|")? A header of people's names ("| Dag | Mette | Jonas |", a rota) keeps them. (``in_table_header`` takes a
    first line with digits for data; the rule under a Markdown header says it is a header.)"""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    if not MARKDOWN_HEADER.match(text, line_start) or not is_common_word(text[candidate.start : candidate.end].lower(), {}):
        return False
    cells = [cell.strip() for cell in line_around(text, candidate.start).split("|") if cell.strip()]
    return all(any(c.isdigit() for c in cell) or cell.isupper() or all(is_common_word(w.lower(), {}) for w in WORD.findall(cell))
               for cell in cells)


def inside_place_or_org(text, candidate, other_spans, names) -> bool:
    """Is the candidate part of a place, an organisation or a thing named after someone, by what surrounds it?

    ``other_spans``: the pipeline's places and organisations.
    """
    value = text[candidate.start : candidate.end]
    if any(korean_given_name(word) for word in value.split()):
        return False  # no place or firm is named by a Korean given name, and "Park" after it is a surname: "Ji-woo Park"
    if " " not in value and _ANIMAL_AFTER.match(text, candidate.end):
        return True  # "Bjarne, vallak, 24 år": a horse
    if _RUN_BY_AFTER.match(text, candidate.end) and names.get(value.split()[0].lower()) not in ("first", "both"):
        return True  # "Anadolu Peynir v/ Mehmet Yıldız": a firm, then the person who runs it (not "Mads Kirkegaard v/ Gårdbutikken")
    if (value.islower() and _DAY_BEFORE.search(text, max(0, candidate.start - 8), candidate.start)
            and _YEAR_AFTER.match(text, candidate.end)):
        return True  # "16 mai 2027": a month
    # "Carl Nielsen Salen", "Carl Nielsen-salen", "Louises Bro".
    joiner = text[candidate.end : candidate.end + 1]
    following = WORD.match(text, candidate.end + 1) if joiner in (" ", "-") else None
    words = WORD.findall(value)
    last_word = words[-1:]
    if len(words) == 2 and words[1] in _FABLE_ANIMALS and names.get(words[0].lower()) in ("first", "both"):
        return True  # "Mikkel Ræv": a fable's animal
    if (following and joiner == " " and following.group().lower() in ORGANISATION_HEADS and following.group() not in _GOODS
            and (following.group()[0].isupper() or following.group() in _TOOL_HEADS)):
        # "Skou Logistik", "Bjerregaard Byg", "Jenkins pipeline" (not "givet Gudrun chokolade"; a lower-case trade is a
        # verb as often: "Bo Riis smed tasken", "Anne maler")
        return True
    if following and joiner == " " and following.group()[0].isupper() and institution_word(following.group(), names):
        return True  # "Hjortsvig Roklub", "Ravnstrup Badmintonklub", "Kildebjerg Filial": an institution by its place
    if following and text[candidate.end - 1] == "s" and (following.group().lower().endswith(_FOUNDATION_WORDS) or following.group() == "Minde"):
        return True  # "Anna Vangs Mindefond", "Ellen Holms Kulturfond", "Aage Brinchs Minde": a foundation named after someone
        # (not "Æret være Villys minde")
    if (following and joiner == " " and text[candidate.end - 1] == "s" and following.group() in _NAMED_IDEAS
            and len(words) == 1 and names.get(words[0][:-1].lower()) not in ("first", "both")):
        return True  # "Benfords lov", "Maslows behovspyramide": an idea named after its finder (not "Hennings teori")
    if (len(words) > 1 and words[-1][0].isupper()
            and (institution_word(words[-1], names) or words[-1].lower().endswith(_FOUNDATION_WORDS))
            and (names.get(words[0].lower()) not in ("first", "both") or words[-2].endswith("s"))):
        return True  # the same taken whole: "Hjortsvig Roklub", "Anna Vangs Mindefond" (not "/Bettina Misbrugscentret")
    if (_CLUB_BEFORE.search(text, max(0, candidate.start - 6), candidate.start) or _CLUB_AFTER.match(text, candidate.end)
            or (len(words) > 1 and (_CLUB_AFTER.fullmatch(" " + words[-1]) or _CLUB_BEFORE.fullmatch(words[0] + " ")))):
        return True  # "Sorthøj GF", "IF Storm Mosebølle", "Spangholt Volley": a sports club by its place or name
    if _PROJECT_BEFORE.search(text, max(0, candidate.start - 24), candidate.start):
        return True  # "konteres på projekt Grusdal", "kampagnen Stolt Skole": a project or a campaign by its name
    if len(words) > 1 and words[-1] in ("Fonden", "Fondens"):
        return True  # "Villum Fondens rapport": a foundation by its founder's first name, in the definite
    if len(words) > 1 and (
            (words[-1].lower() in ORGANISATION_HEADS and names.get(words[-1].lower()) not in ("last", "both"))
            or (words[-1] in _COMPASS_WORDS and names.get(words[0].lower()) not in ("first", "both"))):
        return True  # "Lindeskov Forsyning", "Hjemmesygeplejen Vest": a utility or a unit by its district (not "Jens Smed")
    if len(words) == 1 and words[0] in _COMPASS_WORDS:
        return True  # "Vest" cut from "Hjemmesygeplejen Vest"
    if ((words[:1] == ["Storm"] and len(words) == 2 and names.get(words[1].lower()) == "first") or (
            len(words) == 1 and names.get(words[0].lower()) == "first" and text[max(0, candidate.start - 6) : candidate.start] == "Storm ")) \
            and not _A_CHILD_BEFORE.search(text, max(0, candidate.start - 16), candidate.start) and not _A_CPR_NUMBER_AFTER.match(text, candidate.end):
        return True  # "Storm Gorm lukkede rådhuset": a storm named by a first name, as Danish storms are (not "Storm Iversen",
        # nor a child: "din søn Storm Lauge (080310 – 4379)")
    if words and words[-1] == "Kristi" and re.match(r" himmelfart", text[candidate.end : candidate.end + 11], re.IGNORECASE):
        return True  # "fredag efter Kristi himmelfart": a holiday
    genitive = _APOSTROPHE_GENITIVE_HEAD.match(text, candidate.end)
    if genitive and (genitive.group(1).lower() in ORGANISATION_HEADS or genitive.group(1).lower() in _FOUNDATION_WORDS):
        return True  # "Agnete Friis' Fond"
    bare = re.sub(r"['’]s?$", "", value)  # ("Brandholm Avis' læserbrevsside")
    town_before = _TOWN_AT_A_SENTENCE_START.search(text, max(0, candidate.start - 30), candidate.start)
    if bare.lower() in ORGANISATION_HEADS and (
            _CAPITALISED_WORD_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
            or (town_before and town_by_its_ending(town_before.group(1), names))):
        return True  # "Hørsted Avis": the head of a firm's or a paper's name, though "Avis" is a first name too; also
        # after a town opening the sentence ("Sandbæk Avis skriver, at …")
    if (" " not in value and value.endswith("s") and value.lower() not in names and value.lower() not in load_wide_first_names()
            and "-" not in value and is_common_word(value, names, inflected=False) and _NO_NOUN_AFTER.match(text, candidate.end)
            and text[candidate.start - 1 : candidate.start] != "/"):
        return True  # "Manus er ikke godkendt", "Dans for Parkinson": the word, which reads as a name only as Manu's or
        # Dan's, and owns nothing (not a signature: "/sus"; nor a double name: "Hanne-Lis")
    if " " not in value and _a_header_label(text, candidate):
        return True  # "| Post | 2026 | 2027 |" over "|---|": a column's label
    if (" " not in value and value.istitle() and value.lower() in NOT_PERSON_AFTER
            and (place_before := _CAPITALISED_WORD_BEFORE.search(text, max(0, candidate.start - 30), candidate.start))
            and place_before.group().strip().istitle() and lookup(place_before.group().strip(), names, {})[0] is None):
        return True  # "Mirabæk Havn", "Pomerød Skov": a place word after a place's own name (not "Jens Skov", "Vilde Bjerg",
        # "AKT-lærer SØ")
    if (" " not in value and any(mark in line_around(text, candidate.start) for mark in "|;\t")
            and set(column_header(text, candidate.start)) & _PLACE_COLUMNS):
        return True  # "| Omar Haddad | Vibe |" under "Afsnit": a unit's name, not a person's
    if value.lower() in _DISEASE_EPONYMS:
        return True  # "en dreng med Duchenne": a disease
    if value.split()[-1] == "Post" and (value.startswith("Digital") or text[max(0, candidate.start - 8) : candidate.start].endswith("Digital ")
                                        or text.startswith(" Danmark", candidate.end)):
        return True  # "Digital Post", "Post Danmark": the state's mail, not a Mr Post
    if value.split()[-1].lower() == "mubarak" and (
            value.split()[0].lower() in _FEASTS_BY_THEIR_NAMES
            or _FEAST_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)):
        return True  # "Eid mubarak", "ramadan Mubarak": a greeting, not a person
    if _SEVERITY_CELL.match(text, len(text[: candidate.start].rstrip(" \t"))):
        return True  # "| Høj |": a severity in a register
    if _CUT_COMPOUND.match(text, candidate.end):
        return True  # "Skov- og Naturstyrelsen": the first part of a compound, cut
    if value in _UNITS and _NUMBER_OR_SLASH_BEFORE.search(text, max(0, candidate.start - 4), candidate.start):
        return True  # "312 MB", "0,3 kWh", "2,40 kr/kWh": a unit after its number
    if _PIECES_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) or _MEASURE_AFTER.match(text, candidate.end):
        return True  # "6 stk. Scarpa Velocity klatresko", "Edelrid Boa 9,8 mm": goods
    if value in _MIXED_CASE_LEGAL_FORMS:
        return True  # "ApS" cut from a firm's name (the capitals alone, "AS", "AB", may be initials)
    if value.lower() in ("max", "maks") and _NUMBER_AFTER.match(text, candidate.end):
        return True  # "Max 250 ord": at most
    another = _AND_ANOTHER_WITH_A_NUMBER.match(text, candidate.end)
    if (" " not in value and not value.isupper() and is_common_word(value, {}, inflected=False)
            and _THINGS_NUMBER_AFTER.match(text, candidate.end) and not (another and another.group(1) != value)):
        return True  # "Kaj 3 er lukket", "ved Kaj 1–3": a numbered quay, track or hall (not "Kaj 14:05", "Kaj 84 år",
        # "Lasse 36 km", "Otto 45 %"; not initials in a staff column: "HAR\t19")
    if owner_and_noun(text, candidate, names) or a_locality(text, candidate):
        return True  # "Bents Bageri", "Engvej 4, Øster Tørslev, 8950 Ørsted"
    if in_a_quoted_title(text, candidate):
        return True  # 'se "Palle alene i verden"': a work's title
    if (
        following
        and len(following.group()) > 1  # "Mads Ø 13:03": a surname's initial, not an island
        and place_word(following.group().lower())
        and not (last_word and surname_after_first_name(last_word[0], following.group(), names))
        and not (last_word and following.group()[0].islower() and following.group().endswith(("en", "et"))
                 and names.get(last_word[0].lower()) in ("first", "both"))  # "vh Maja jobcentret": her unit, in the definite
        and not (not value.endswith("s") and own_street_at(text, candidate.end) is not None)  # "Alma Rask Vestergade 8"
        and not (len(words) > 1 and not value.endswith("s") and names.get(following.group().lower()) == "last"
                 and not _HOUSE_NUMBER_AFTER.match(text, following.end()))  # "Mikkel Andersen Høj": a third name
        and not (value.isupper() and following.group().islower())  # "man: KH dag, OF nat": initials, then their shift
    ):
        return True
    capitalised = text[candidate.start : candidate.start + 1].isupper()  # "clara V" is a pupil and a code
    inside = _REGNAL_NUMBER.search(text, candidate.start, candidate.end)  # (checked again on the whole text: what follows counts)
    if capitalised and (_REGNAL_NUMBER.match(text, candidate.end) or (inside and _REGNAL_NUMBER.match(text, inside.start()))):
        return True  # "Christian IV", "Frederik IX": monarchs are history, not personal data
    if any(len(w) > 6 and w[0].isupper() and w.lower().endswith(_HOLIDAY_ENDINGS)  # not "Mustafas fødselsdag"
           for w in [*last_word, *([following.group()] if following else [])]):
        return True  # "Kristi Himmelfartsdag", "Mortensaften": a holiday
    if value.endswith("Eve") and _EVE_OF_A_FEAST.search(text, max(0, candidate.start - 20), candidate.end):
        return True  # "Christmas Eve", "New Year's Eve": a day, not Eve
    if (any(w.lower() in _ENGLISH_FEASTS for w in words) or all(w.lower() in _FEASTS_BY_THEIR_NAMES for w in words)
            or value.endswith(" Day") or _A_DAY_AFTER.match(text, candidate.end)):
        return True  # "the Christmas holidays", "Ada Lovelace Day": a feast or a day
    if " " not in value and value.lower() in _PEOPLES_AND_LANGUAGES:
        return True  # "our new Irish colleague", "a Kurmanji interpreter", "Sprog: dari og dansk"
    if value in _ASSISTANTS and _GREETING_OPENING.match(text[: candidate.start]):
        return True  # "Hej Claude, …": the chatbot the prompt is for
    if _BRAND_OR_STORM_BEFORE.search(text, max(0, candidate.start - 10), candidate.start):
        return True  # "af mærket Stimorol", "efter storm Ingrid"
    if (" " not in value and text[candidate.end : candidate.end + 1] in (",", "?")
            and _WHAT_IS_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)):
        return True  # "Hvad er Brix, og …?": a thing asked about
    if _A_WORD_THAT_MEANS.match(text, candidate.end):
        return True  # '"Iman" betyder tro på arabisk': a word and its meaning
    if _NAMED_ANIMAL_BEFORE.search(text, max(0, candidate.start - 60), candidate.start):
        return True  # "en papegøje ved navn Frede", "en hund der hedder Bella": a pet's name
    if value in ("Ring", "Tlf", "Kontakt") and _PHONE_AFTER.match(text, candidate.end):
        return True  # "Ring 48 72 14 60": the verb before a number
    if len(words) > 1 and words[0].lower().endswith(_CLUB_ENDINGS):
        return True  # "Madkompagniet Trane", "Foreningen Norden" taken whole
    if _STATION_AFTER.match(text, candidate.end) or (value.endswith(" St") and text[candidate.end : candidate.end + 1] == "."):
        return True  # "Hejrevig St.", "Brokkerup St.": a railway station by its town
    if text[candidate.end : candidate.end + 1] == "+":
        return True  # "Erasmus+", "Disney+": a programme or a service
    if _AND_THE_AFTER.match(text, candidate.end):
        return True  # "Joe & the Juice": a firm's name in English
    if _COUPLES_FOUNDATION_AFTER.match(text, candidate.end):
        return True  # "Aage og Johanne Louis-Hansens Fond"
    unknown = not any(lookup(w, names, {})[0] for w in WORD.findall(value))  # ("Ida-Marie" is known by its parts, "Sofía" by the wide list)
    if unknown and (_MEDICINE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
                    or _MEDICINE_AFTER.match(text, candidate.end)):
        return True  # a medicine no list holds
    if (_EPONYM_AFTER.match(text, candidate.end) and " " not in value and names.get(value.lower().removesuffix("s")) != "first") \
            or _SYNDROME_AFTER.match(text, candidate.end):
        return True  # "Lewy body-demens", "Charles Bonnet syndrom" (not someone's illness: "Anne Hansens sygdom", "Malous sygdom")
    if _WORK_TITLE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start):
        return True  # the title of a song or a book
    if _VESSEL_PREFIX.match(value) or _VESSEL_PREFIX.search(text, max(0, candidate.start - 6), candidate.start):
        return True  # "M/F Ellen"
    placeholder = _PLACEHOLDER.search(text, max(0, candidate.start - 20), min(len(text), candidate.end + 20))
    if placeholder and placeholder.start() <= candidate.start < placeholder.end() and is_common_word(placeholder.group(1), {}):
        return True  # "Eksempel Eksempelsen", "Borger Borgersen": a placeholder
    if (_PLACEHOLDER_FIRST.match(text, candidate.start)
            or _PLACEHOLDER_BEFORE.search(text, max(0, candidate.start - 14), candidate.start)
            or _PLACEHOLDER_LAST.fullmatch(value) or _PLACEHOLDER_AFTER.match(text, candidate.end)):
        return True  # "Test Hansen", "Demo Borgersen", "Anne Eksempel", and "Hansen" or "Anne" in them
    if ((suffix := _FIRM_SUFFIX.search(value)) and (suffix.group() != value or not value.isalpha())) or any(m.start() < candidate.end < m.end() for m in _FIRM_SUFFIX.finditer(
            text, candidate.end - 1, min(len(text), candidate.end + 3))):
        return True  # "Clean Partner Syd A/S", and "Asfalt Vest A" cut from "Asfalt Vest A/S"
    if (" " not in value and names.get(value.lower()) not in ("first", "both")
            and names.get(value.lower().removesuffix("s")) not in ("first", "both")  # "i Hennings brors navn"
            and _IN_A_PLACE.search(text, max(0, candidate.start - 4), candidate.start)):
        return True  # "daginstitutionen i Tarp": a village no list holds
    brand = WORD.match(text, candidate.end + 1) if text[candidate.end : candidate.end + 1] == " " else None
    if (brand and "-" in brand.group() and brand.group()[0].isupper() and brand.group().rsplit("-", 1)[1].islower()
            and not brand.group().split("-", 1)[0].isupper()):
        return True  # "en Georg Jensen-vase", "Karen Volf-småkager": a brand named after someone (not an abbreviation's
        # compound after a genitive: "Mohammed Karimis CPR-nr.")
    head = WORD.match(text, candidate.start)
    if head and ((head.group().islower() and head.group() in NOT_PERSON_BEFORE)
                 or (head.group().lower().endswith(_NAMED_BEING_ENDINGS) and head.end() < candidate.end)):
        return True  # "redningsbåden Emile Robin", "Stormen Hilmar", "Kontorhunden Bamse", taken whole by the pipeline
    if _ANIMAL_NAMED.search(text, max(0, candidate.start - 40), candidate.start):
        return True  # an animal in a story is no person
    if _GROUP_NAMED_BEFORE.search(text, max(0, candidate.start - 40), candidate.start):
        return True  # "Spejdergruppen hedder Falken": a group's name
    if part_of_a_place(text, candidate):
        return True  # "Sri Lanka", "Costa Rica"
    if _FIRM_AFTER.match(text, candidate.end) or _FIRM_BEFORE.search(text, max(0, candidate.start - 40), candidate.start):
        return True  # "Holm & Partnere", "Hansen & Søn Anlæg ApS", "Svend Aage Møllers Rengøring A/S", "Lind & Ravn"
    if (head and names.get(head.group().lower()) not in ("first", "both")
            and _SIBLINGS_FIRM_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)):
        return True  # "Brødrene Dahl", "Søstrene Grene"
    tail = last_word[0].rsplit("-", 1)[1] if last_word and "-" in last_word[0] else ""
    if tail.islower() and tail not in _PERSONAL_COMPOUNDS and tail not in names:
        return True  # "Carl Nielsen-konkurrencen"; not "hanne holm-nielsen"
    before = words_before(text, candidate.start, count=1)
    # not "botilbuddet, Susanne"; an opening quote between them leaves them adjacent: 'færgen "Thyra Danebod"'
    adjacent = text[max(0, candidate.start - 20) : candidate.start].rstrip().rstrip("\"“»'‘").rstrip()[-1:].isalpha()
    # (a first name and a surname after a club are its member: "Formand for forældreforeningen Anja Søgaard")
    full_name = len(words) == 2 and names.get(words[0].lower()) in ("first", "both") and names.get(words[1].lower()) in ("last", "both")
    # (… also one whose names the lists know only from the wide list or not at all, no ordinary words: "direktør for
    # Borgerservice Jomar Villanueva")
    heads_the_unit = (len(words) > 1 and words[-1][0].isupper()
                      and (names.get(words[0].lower()) in ("first", "both") or lookup(words[0], names, {})[0] == WIDE
                           or not any(is_common_word(w, names) for w in words))
                      and _HEAD_OF_A_UNIT_BEFORE.search(text, max(0, candidate.start - 60), candidate.start) is not None)
    if adjacent and before and not heads_the_unit and (before[-1] in NOT_PERSON_BEFORE or before[-1].lower().endswith(_NAMED_BEING_ENDINGS)
                                or (before[-1].lower().endswith(_CLUB_ENDINGS) and not full_name)
                                or (len(before[-1]) > 5 and before[-1].lower().endswith(_PET_COMPOUND_ENDINGS))):
        return True  # also a club's name: "Boldklubben Storm", "Roklubben Ran"; and "vores kirkegårdshund Bonde"
    if ((value.startswith("Storm ") or text[max(0, candidate.start - 6) : candidate.start] == "Storm ")
            and _STORM_DAMAGE.search(text, candidate.end, candidate.end + 80)):
        return True  # "Storm Anton væltede to træer": a storm named as the weather service names them
    if candidate.sure:  # a full name or a strong cue outweighs the pipeline's LOC/ORG
        return False
    # A surname or an ordinary word inside a place or organisation ("Jensens Bøfhus").
    # A known first name stays a name: the small pipelines tag "Ida" or
    # "Kronprins Frederik" as organisations.
    return not candidate.first_name and any(s <= candidate.start and candidate.end <= e for s, e in other_spans)
