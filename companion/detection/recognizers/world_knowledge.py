"""What a Danish reader knows without being told: which words name towns and which names belong to history.

The name lists and the statistical pipeline cannot know that ``Bevtoft`` is a village or that
``Grundtvig`` died in 1872; both then look like people. Neither is personal data: a town never is, and
data protection law protects the living; nor is ``Harald Nyborg`` when it is a shop. Small data files
carry this knowledge (``data/places.txt``, built by ``tools/build_place_list.py`` from Faker and GeoNames;
``data/public_figures.txt`` and ``data/brands_named_after_people.txt``, kept by hand).
"""

import re
from datetime import date
from functools import lru_cache
from importlib import resources

from .context_words import FUNCTION_WORDS, starts_a_word
from .dk_address_recognizer import POSTCODE_DIGITS, STREET
from .name_words import load_names


def _data_lines(name: str):
    text = resources.files("companion").joinpath(f"detection/data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def places() -> frozenset:
    """Danish postal towns and countries, as written (``Ferritslev Fyn``, ``Sydafrika``)."""
    return frozenset(_data_lines("places.txt"))


def is_place(value: str) -> bool:
    """Is ``value`` (possibly in the genitive: ``Viborgs``) the name of a town or a country?"""
    known = places()
    return value in known or (value[-1:] == "s" and value[:-1] in known) or (value[-2:] == "'s" and value[:-2] in known)


# The town of an address: a street and number, perhaps a floor and a village line, then a postcode and the
# town ("Kirkevej 3, 6620 Birkmose", "Engvej 4, 1. tv., Øster Tørslev, 8950 Ørsted"). A street named in its
# definite form ("Hvidtjørnen 4, 7480 …") needs the comma before the postcode; without one the street must
# end like a street, so a phone number before a surname ("Ring 2045 6789 Hansen") gives no town. A village
# line never holds a run of four digits (a phone number, a year).
_TOWN = r"([A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?)\b"
_HOUSE_NUMBER = r"[ \t]+\d{1,3}[a-zA-Z]?(?!\d)"
_VILLAGE_LINES = r"(?:,[ \t]*(?![^,\n]*\d{4})[^,\n]{1,30}){0,2}"
_POSTCODE_AND_TOWN = rf"[ \t]+(?:DK-)?{POSTCODE_DIGITS}[ \t]+{_TOWN}"
_TOWN_OF_AN_ADDRESS = re.compile(
    rf"[A-ZÆØÅ][\wæøå.-]*{_HOUSE_NUMBER}{_VILLAGE_LINES},{_POSTCODE_AND_TOWN}"
    rf"|{STREET}{_HOUSE_NUMBER}{_POSTCODE_AND_TOWN}"
)


# A place with its country's code in brackets: "Hvidmose (DK) and Jõgeva (EE)".
_PLACE_WITH_COUNTRY_CODE = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][^\W\d_]+(?:[ -][A-ZÆØÅ][^\W\d_]+)?)[ \t]*\((?:DK|SE|NO|FI|IS|FO|GL|DE|NL|BE|LU|FR|UK|GB|IE|EE|LV|LT"
    r"|PL|CZ|SK|AT|CH|ES|PT|GR|HU|RO|BG|SI|UA|US|CA)\)"
)
# A municipality by its name: "Bøgelund Kommune" makes "Bøgelund International School" a place's school.
# (and a neighbour's: "Torvalla kommun", "Järvenkylä kunta", "Stadt Lindenhagen", "Gmina Złotopole")
_MUNICIPALITY = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][^\W\d_]+)[ \t]+(?:Kommune|Municipality|Borough\s+Council|(?i:kommun|kommunes|kunta|kaupunki|gemeente))\b"
    r"|\b(?:Stadt|Gemeinde|Gmina|Miasto|Ville\s+de|Comune\s+di)[ \t]+([A-ZÆØÅ][^\W\d_]+)"
)
# A twin town named as one: "venskabsbyen Torvalla", "vores partnerby Zelenodar", "our twin town Järvenkylä",
# "venskabsbyaftalen med Zelenodar".
_TWIN_TOWN = re.compile(
    r"\b(?:venskabsby(?:en)?|partnerby(?:en)?|samarbejdsby(?:en)?|vänort(?:en)?|vennskapsby(?:en)?|twin\s+town|sister\s+city"
    r"|partnerstadt|partnerkommune(?:n)?|(?:venskabsby|partnerby|vänorts)(?:aftale|samarbejde|besøg|avtal|samarbete)\w*[ \t]+(?:med|i|fra|til|med)"
    r")[ \t]+([A-ZÆØÅ][^\W\d_]+)"
)


def towns_in(text: str, names=None) -> frozenset:
    """The towns this text gives in an address, with a country code, as a municipality or a twin town: a village no list holds
    is a place wherever else the text names it ("… 6620 Birkmose. Birkmose har 900 indbyggere").

    Two letters in brackets are initials as often as a country ("Carsten Holm (CH)"): with ``names``, only a word
    no name list holds counts as a place by its country code.
    """
    coded = [m.group(1) for m in _PLACE_WITH_COUNTRY_CODE.finditer(text)]
    if names is not None:
        coded = [place for place in coded if not any(names.get(w.lower()) for w in place.split())]
    municipalities = [m.group(1) or m.group(2) for m in _MUNICIPALITY.finditer(text)] + [m.group(1) for m in _TWIN_TOWN.finditer(text)]
    return frozenset([m.group(1) or m.group(2) for m in _TOWN_OF_AN_ADDRESS.finditer(text)] + coded + municipalities)


@lru_cache(maxsize=1)
def _public_name_pattern() -> re.Pattern:
    """Every written form of every historical figure, fictional character and brand named after someone, as one pattern.

    Dots and spaces between the parts of a form may vary (``H.C. Andersen``, ``H. C. Andersen``,
    ``HC Andersen``); a genitive ending is part of the match (``Blixens``). The pattern starts with the forms
    themselves, so the engine can skip to their first letters; ``_public_name_matches`` checks the word boundary
    before a match (a look-behind in front would be tried at every position of the text: twice the time).
    """
    lines = _data_lines("public_figures.txt") + _data_lines("brands_named_after_people.txt")
    forms = {form.strip() for line in lines for form in line.split("|") if form.strip()}
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        parts = [re.escape(part) for part in re.split(r"[.\s]+", form) if part]
        alternatives.append(r"[.\s]*".join(parts))
    # (a hyphen before a lower-case word makes a compound of the figure: "Niels W. Gade-salen", "Bach-kantaten")
    return re.compile(r"(?:" + "|".join(alternatives) + r")\.?(?:'s|s|')?(?!\w|-[^\W\d_](?<![a-zæøå]))")


@lru_cache(maxsize=1)
def _brand_forms() -> frozenset:
    return frozenset(_form_key(form) for line in _data_lines("brands_named_after_people.txt") for form in line.split("|") if form.strip())


def is_brand(value: str) -> bool:
    """Is ``value`` a brand named after someone ("Renault", "Skoda"), whose next word names a model, not a surname?"""
    return _form_key(re.sub(r"(?:'s|s|')$", "", value)) in _brand_forms() or _form_key(value) in _brand_forms()


def after_a_brand(text: str, start: int) -> bool:
    """Does a brand named after someone stand right before ``start`` ("Renault Zoe", "Skoda Octavia")?"""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and is_brand(before.group(1))


def _public_name_matches(text: str):
    """The matches of ``_public_name_pattern`` that start a word (not after a letter, a digit, ``_`` or ``-``)."""
    pattern, position = _public_name_pattern(), 0
    while m := pattern.search(text, position):
        if not starts_a_word(text, m.start()):
            position = m.start() + 1  # inside a word: look again from the next letter
            continue
        yield m
        position = max(m.end(), m.start() + 1)


def _form_key(form: str) -> str:
    return re.sub(r"[.\s]+", "", form).lower()


@lru_cache(maxsize=1)
def _words_of_figures() -> dict:
    """Each written form of a figure, as ``_form_key`` writes it, to the words of all the forms on its line."""
    words = {}
    for line in _data_lines("public_figures.txt"):
        forms = [form.strip() for form in line.split("|") if form.strip()]
        line_words = frozenset(w for form in forms for w in re.findall(r"[^\W\d_]+", form) if len(w) > 2 and w[0].isupper())
        for form in forms:
            words[_form_key(form)] = words.get(_form_key(form), frozenset()) | line_words
    return words


def words_of_figures_named(text: str, spans) -> frozenset:
    """The words of every form of the figures named at ``spans``: once a text names "Olsen-banden", "Egon" alone
    is one of the gang (the line "Egon, Benny og Kjeld | Benny Frandsen | Olsen-banden")."""
    known = _words_of_figures()
    found = set()
    for start, end in spans:
        key = _form_key(text[start:end])
        for candidate in (key, key.removesuffix("'s"), key.removesuffix("s"), key.removesuffix("'")):
            if candidate in known:
                found |= known[candidate]
                break
    return frozenset(found)


# A capitalised word right before a one-word form makes it someone else's surname: "Mona Ibsen"
# (not a capitalised function word: "Om Grundtvig", "I Grundtvigs ånd").
_WORD_BEFORE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ'-]*)[ \t]+$")


# A name with the years of a life that has ended: "Johanne Berg (1842-1911)", "Niels Kjær (f. 1901, d. 1978)".
_NAME_WITH_LIFE_YEARS = re.compile(
    r"([A-ZÆØÅ][\w'-]+(?:[ \t]+[A-ZÆØÅ][\w'-]+){0,3})[ \t]*\([ \t]*(?:f\.|født|b\.)?[ \t]*(1\d{3})[ \t]*(?:[-–]|,[ \t]*d\.)"
    r"[ \t]*(?:d\.[ \t]*)?(1\d{3}|20[0-2]\d)[ \t]*\)"
)
# Years that far apart are a life; fewer are a term of office ("Borgmester Jens Holm (2018-2022)"), and he lives.
_A_LIFETIME = range(16, 111)
# The data protection act (databeskyttelsesloven § 2, stk. 5) protects the dead for ten years: an obituary's "Holger
# Vinding (1941-2026)" is personal data still, and his family's.
_PROTECTED_YEARS = 10


# A place's namesake: "opkaldt efter politikeren og journalisten Peter Sabroe", "named after Ellen Hansen".
_NAMESAKE = re.compile(
    r"\b(?:opkaldt|navngivet|named)\s+(?:efter|after)\s+(?:[a-zæøå]+\s+(?:og\s+[a-zæøå]+\s+)?)?"
    r"([A-ZÆØÅ][\w'-]+(?:[ \t]+[A-ZÆØÅ][\w'-]+){1,3})"
)
# A sentence that tells of a year before 1900, after "i" ("I 1864 blev …", "Senere, i 1890'erne, grundlagde købmand Anton
# Frederiksen …"): the people it names have died. (Not a year in a date or a CPR number, nor one a living person's life
# may hold.)
_SENTENCE = re.compile(r"[^.!?\n]+")
_LONG_AGO = re.compile(r"\b(?:i|I|in|In|år)\s+1[0-8]\d\d(?:['’]?erne)?\b")
_FULL_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:[ \t]+[A-ZÆØÅ][a-zæøåé]+)+")
# Someone the text asks about as common knowledge: who they were ("Hvem var Ole Rømer, og …?", "hvem var Stroganov
# egentlig?"; not "Hvem var Mette sammen med?", nor a first name alone), what a quiz asks about ("en quiz om Niels
# Juel, Peter Willemoes og Tordenskjold"), famous people given as examples ("de kendte kalligrafer, fx Ibn Muqla og
# Yaqut al-Musta'simi").
# (also in a body of lore: "Hvem var Vølund Smed i nordisk mytologi", "… i dansk historie", "… i den græske mytologi")
_LORE = r"(?:mytologi|historie|litteratur|kunsthistorie|sagnverden|folketro|eventyr)\w*"
_KNOWN_NAME = r"[A-ZÆØÅ][\w'’-]*(?:[ \t]+(?:[a-z]{1,3}-)?[A-ZÆØÅ][\w'’-]*)*"
_KNOWN_NAMES = rf"{_KNOWN_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:og|and)[ \t]+){_KNOWN_NAME})*"
_COMMON_KNOWLEDGE = re.compile(
    rf"\b(?:[Hh]vem[ \t]+var[ \t]+({_KNOWN_NAME})(?=[ \t]*(?:[?,(]|og\b|egentlig\b|$|i[ \t]+(?:den[ \t]+)?[\w-]+[ \t]+{_LORE}))"
    rf"|[Qq]uiz\w*[ \t]+(?:om|about)[ \t]+({_KNOWN_NAMES})"
    rf"|(?:[Kk]endte|[Bb]erømte|[Ff]amous)[ \t]+[\w-]+(?:[ \t]+[\w-]+){{0,6}}?,?[ \t]+(?:fx|f\.eks\.|såsom|such[ \t]+as)[ \t]+({_KNOWN_NAMES}))",
    re.MULTILINE,
)
_ONE_KNOWN_NAME = re.compile(_KNOWN_NAME)
# An artist by a full name and the works they are known for: "Kay Nielsens eventyrillustrationer", "Tove Ditlevsens
# digte", "Kim Larsens sange". (Not drawings, pictures, books or texts: a child's or a resident's are theirs, and
# personal: "Noah Bechs tegninger fra 2.B".)
_ARTIST_BY_WORKS = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][a-zæøåé]+(?:[ \t]+[A-ZÆØÅ][a-zæøåé]+){1,2})s[ \t]+"
    r"(?:(?:kendte|berømte|tidlige|sene|første|sidste|samlede|mange|smukke|udvalgte)[ \t]+)?"
    r"(?:malerier|digte|digtsamlinger|romaner|noveller|eventyr|skulpturer|salmer|symfonier|kompositioner|værker|forfatterskab"
    r"|[\w-]*illustrationer|litografier|sange|viser|operaer)\b"
)


def _full_name_in(words: str) -> str | None:
    """The full name that ends ``words`` and starts with a first name ("Mette Hansen" in "Borgeren Mette Hansen"), if any."""
    parts = words.split()
    first_names = load_names()[0]
    while len(parts) > 2 and first_names.get(parts[0].lower()) not in ("first", "both"):
        parts = parts[1:]
    return " ".join(parts) if first_names.get(parts[0].lower()) in ("first", "both") else None


def public_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a historical figure, a fictional character or a brand named after someone (case
    as written: ``Kant`` the philosopher, not ``kant``), someone whose life years it gives, a place's namesake,
    someone a sentence about a year long past names, someone it asks about as common knowledge or an artist by
    their works, wherever it names them."""
    dead = {m.group(1) for m in _NAME_WITH_LIFE_YEARS.finditer(text)
            if int(m.group(3)) - int(m.group(2)) in _A_LIFETIME and int(m.group(3)) < date.today().year - _PROTECTED_YEARS}
    dead |= {m.group(1) for m in _NAMESAKE.finditer(text)}
    known = {name.group() for m in _COMMON_KNOWLEDGE.finditer(text) for name in _ONE_KNOWN_NAME.finditer(m.group(m.lastindex))
             # (a first name alone is someone the writer knows: "hvem var Mette, og hvorfor ringede hun?")
             if m.lastindex > 1 or " " in name.group() or load_names()[0].get(name.group().lower()) not in ("first", "both")}
    known |= {artist for m in _ARTIST_BY_WORKS.finditer(text) if (artist := _full_name_in(m.group(1)))}
    dead |= {name.group() for sentence in _SENTENCE.finditer(text) if _LONG_AGO.search(sentence.group())
             for name in _FULL_NAME.finditer(sentence.group())}
    spans = [m.span() for name in {name for name in dead if " " in name} | known
             for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:s|'s)?(?![\w-])", text)]
    for m in _public_name_matches(text):
        one_word = not re.search(r"[\s.]", m.group().strip("."))
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) if one_word else None
        if before and before.group(1).lower() not in FUNCTION_WORDS:
            continue
        spans.append((m.start(), m.end()))
    return spans
