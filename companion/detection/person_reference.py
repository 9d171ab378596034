"""Is a text about a person? Then its phone numbers, addresses and health words matter.

KL's rule is about personal data: a switchboard number in a text about opening
hours, a street in a road-works notice or a question about the law on
placements describes no one, and interrupting for it teaches people to click
past the warning. A text is about a person when it names one (a name or a CPR
number was found, or an e-mail address is made of a name) or speaks of one in
particular: a pronoun, a role in a case ("borgeren", "eleven", "min kollega")
or a family word, unless the text is a short question about someone imagined
("Hvis en borger har ADHD, kan han så få …?"). ``it-support@kommune.dk`` is a function's mailbox;
``lise.brandt@skole.dk`` is a person's.
"""

import re

from .recognizers.name_words import load_names
from .recognizers.world_knowledge import public_name_spans

#: Words that say someone in particular is spoken of ("barnets lov" is a law, Barnets Lov, and "barnets navn" in
#: an instruction is a field to fill in).
PERSON_REFERENCE = re.compile(
    r"\b(?:han|hun|hans|hendes|ham|hende|borgeren|barnet|eleven|patienten|"
    r"beboeren|medarbejderen|sønnen|datteren|moren|faren|mor|far|mormor|farmor|morfar|"
    r"farfar|drengen|pigen|kollega|kollegaen|klienten|ansøgeren|ægtefællen|manden|konen|fru|hr"
    # a genitive, unless it names a field of a form ("med angivelse af barnets navn") or a law (Barnets Lov)
    r"|(?:borgerens|barnets|elevens|medarbejderens|patientens|beboerens|ansøgerens)"
    r"(?!\s+(?:lov|navn|fulde\s+navn|cpr-?nummer|cpr|adresse|fødselsdato|initialer|e-?mail)\b))\b",
    re.IGNORECASE,
)


_EMAIL_LOCAL_PART = re.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def email_names_a_person(address: str) -> bool:
    """Is the local part of an e-mail address made of a first name or a surname ("lise.brandt", "jhansen")?"""
    match = _EMAIL_LOCAL_PART.search(address)
    if not match:
        return False
    names, homographs = load_names()
    parts = [p for p in re.split(r"[._+\-\d]+", match.group(1).lower()) if len(p) > 1]
    return any(part in names and part not in homographs for part in parts)


#: "Hvis en borger har ADHD, kan han så …?": a short question about someone imagined, not someone in particular.
_HYPOTHETICAL = re.compile(
    r"\b(?:hvis|når|såfremt|i\s+fald|if|when)\s+(?:en|et|man|nogen|a|an|someone)\b", re.IGNORECASE
)
SHORT_QUESTION = 400


#: Someone of a kind, with an indefinite article: "spørge en jobansøger, om hun …", "ask an applicant whether she …".
_SOMEONE = re.compile(
    r"\b(?:en|et|a|an)\s+(?:[\w-]+\s+)?(?:borger|ansøger|jobansøger|medarbejder|ansat|elev|patient|beboer|forælder"
    r"|kollega|leder|barn|person|mand|kvinde|dreng|pige|kandidat|employee|applicant|citizen|pupil|child)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("han hun hans hendes ham hende".split())


def hypothetical_question(text: str) -> bool:
    """A short question about someone imagined: "Hvis en borger har ADHD, kan han så …?", or "Er det lovligt at
    spørge en jobansøger, om hun er gravid? Kort svar." (someone of a kind, then only pronouns; no number, so no
    address, date or phone number that could make them someone)."""
    stripped = text.strip()
    if len(stripped) > SHORT_QUESTION or "?" not in stripped:
        return False
    if stripped.endswith("?") and _HYPOTHETICAL.search(stripped):
        return True
    someone = [m.span() for m in _SOMEONE.finditer(stripped)]
    # (the kind's own word is no one in particular: "… at en kollega er gravid?")
    spoken_of = {m.group().lower() for m in PERSON_REFERENCE.finditer(stripped)
                 if not any(a <= m.start() and m.end() <= b for a, b in someone)}
    return (bool(someone) and spoken_of <= _PRONOUNS
            and not any(ch.isdigit() for ch in stripped))


def only_of_figures(text: str) -> bool:
    """Does the text speak only of historical figures: names one ("Hans Christian Ørsteds opdagelse", "Hvem var
    Marie Krogh, og hvad opdagede hun?") and otherwise only pronouns, which are theirs?"""
    figures = public_name_spans(text)
    if not figures:
        return False
    spoken_of = {m.group().lower() for m in PERSON_REFERENCE.finditer(text)
                 if not any(a <= m.start() < b for a, b in figures)}
    return spoken_of <= _PRONOUNS


def about_a_person(text: str, identified: bool) -> bool:
    """Say whether ``text`` is about a person; ``identified``: a name or CPR number was found."""
    if identified:
        return True
    if any(email_names_a_person(m.group(0)) for m in _EMAIL_LOCAL_PART.finditer(text)):
        return True
    return PERSON_REFERENCE.search(text) is not None and not hypothetical_question(text) and not only_of_figures(text)
