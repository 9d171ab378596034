"""Danish street addresses: street, house number, floor and side, postcode and town.

Formats: ``Vestergade 12``, ``Granbakken 2, st. th., 8700 Horsens``,
``H.C. Ørsteds Vej 4B, 3. mf.``, ``Nørregade 41, 3. mf., 6800 Varde``. The
street is recognised by the endings Danish street names use (``-vej``,
``-gade``, ``-vænget``, ``-bakken`` …); the postcode is four digits and the
town a capitalised word with an optional district letter (``Aarhus C``).

Examples (made up): ``Kløvervej 5, 2. th., 5000 Odense C``.
"""

import re

from .danish_pattern_recognizer import DanishPatternRecognizer, Pattern

COUNTRY_CODE = "dk"

_ENDINGS = (
    "vej|vejen|gade|gaden|allé|alle|stræde|strædet|plads|pladsen|vænge|vænget|have|haven|park|parken|torv|torvet|"
    "boulevard|bakke|bakken|toft|toften|eng|engen|sti|stien|vang|vangen|løkke|løkken|holm|strand|skov|skoven|"
    "bjerg|bjerget|dal|dalen|lund|lunden|hegn|hegnet|kær|kæret|brynet|draget|ager|agre|højen|høj|kvarter|gård|"
    "gården|mose|mosen|krog|krogen|ringen|havn|havnen|bro|broen|banke|rækken|stykket|marken|tofte|hus|husene|"
    "kajen|diget|parkvej|passage|passagen|promenade|promenaden|slippen|bygade|landevej|vej\\.|tværvej|side|siden|skrænt|skrænten"
)
# (its words on one line and in one cell: "Nermin Hodžić\nVibevej 12" is a name above an address, "Camilla Toft\t6 år"
# a name before a table's next column)
# (a word ending in a full stop is an initial or a short abbreviation, "H.C. Ørsteds Vej", "Skt. Clemens Torv", "Gl. Kongevej";
# a longer one ends a sentence: "Iryna Shevchuk. Address Skarpsø Strandvej 41")
STREET = rf"(?:(?:[A-ZÆØÅ](?:\.[A-ZÆØÅ])*\.|[A-ZÆØÅ][a-zæøå]{{1,3}}\.|[A-ZÆØÅ][\wæøåé'-]*)[ \u00a0]+){{0,3}}(?:[A-ZÆØÅ][\wæøåé'-]*?(?:{_ENDINGS})|(?:{_ENDINGS.title()}))"
# On the street's line ("Kirsten Kjærs Vej\n5. Meddelelser" is a heading and a list item); never 0 ("Testvej 0");
# not a time ("Jesper Holm 15:05" in a chat log) nor a decimal ("Hyldebjerg 6,9": a school's average grade) nor a date
# ("Karin Toft 2/1" in a holiday plan, "faldt på Kastanjestien 2/11") nor a pupil's class ("Viktor Aaskov 4.b"), nor a
# count of days, hours or per cent after a name ("Peter Lund 21 dage (knæ)", "Otto Holm 45 %").
_NUMBER = (
    r"[ \u00a0]+[1-9]\d{0,3}(?!\d|[:.,/]\d|\.[a-zæøåA-ZÆØÅ](?![\wæøå])|[ \t]*%"
    r"|[ \t]+(?:dage?|uger?|timer?|måneder|mdr|minutter|min|år|gange|point|procent|days?|weeks?|hours?|months?|years?)\b)"
    r"(?:\s?[A-Za-z](?![\wæøå]))?"
)
# Danish postcodes run from 0800 to 9990: "0000 Testby" is a placeholder.
POSTCODE_DIGITS = r"(?:[1-9]\d{3}|0[89]\d\d)"
# A floor is written "2.", "2 sal" or "2 th"; a bare ", 00" is something else, and "kl. 10" the time.
_FLOOR = r"(?:,?\s*(?:st|kl(?!\.?\s*\d)|\d{1,2}(?=\.|\s*sal|\s*(?:th|tv|mf)\b))\.?(?:\s*sal)?\.?(?:,?\s*(?:th|tv|mf|t\.h|t\.v)\.?)?)?"
_POSTCODE = rf"(?:,?\s*(?:DK-)?{POSTCODE_DIGITS}\s+[A-ZÆØÅ][\wæøå]+(?:\s+[A-ZÆØÅ](?![\wæøå]))?)?"

# A street or a house may have a name of any word ("Strandlyst 9, 7371 Ravnsager", "Kilden 6, 8260 Viby"): a house number,
# a comma and a postcode with its town make it an address; not a count's word before its number ("Uge 3, 2026 Status").
_COUNTED = r"(?:Uge|Side|Kapitel|Punkt|Pkt|Bilag|Version|Trin|Fase|Runde|Klasse|Afsnit|Nr|Dok|Sag|Linje|Række|Week|Page|Chapter|Item|Step|Phase|Round)\b"
_ANY_NAMED_STREET = rf"(?!{_COUNTED})[A-ZÆØÅ][a-zæøåé]{{2,}}"

# A street named by one compound word, then its house number: "Vestergade 8", "Åvej 2".
_OWN_STREET = re.compile(rf"[ \u00a0]+([A-ZÆØÅ][a-zæøåé]*?(?:{_ENDINGS})){_NUMBER}")
_ENDING_WORDS = sorted(_ENDINGS.replace("\\.", "").split("|"), key=len, reverse=True)


def own_street_at(text: str, position: int) -> int | None:
    """Where a street of its own name starts, after the spaces at ``position``; else ``None``.

    A street named after someone puts the name before a bare head word ("Carl Nielsens Vej 4") or glues its
    genitive into the compound ("H.C. Ørstedsvej 4"); a compound without a genitive ("Vestergade 8") is a whole
    street name, so a capitalised word before it on a list's line is no part of it: "Alma Rask Vestergade 8,
    4594 Sivested" is a person, then her address.
    """
    m = _OWN_STREET.match(text, position)
    if not m:
        return None
    word = m.group(1).lower()
    head = next((word[: -len(ending)] for ending in _ENDING_WORDS if word.endswith(ending)), "")
    return m.start(1) if head and not head.endswith("s") else None


class DkAddressRecognizer(DanishPatternRecognizer):
    """Recognize Danish street addresses."""

    PATTERNS = [
        Pattern("street, number, postcode and town (strong)", rf"(?-i:\b{STREET}{_NUMBER}{_FLOOR},?\s*(?:DK-)?{POSTCODE_DIGITS}\s+[A-ZÆØÅ][\wæøå]+(?:\s+[A-ZÆØÅ](?![\wæøå]))?)", 0.85),
        Pattern("a street or house of any name, number, postcode and town (strong)", rf"(?-i:\b{_ANY_NAMED_STREET}{_NUMBER}{_FLOOR},\s*(?:DK-)?{POSTCODE_DIGITS}\s+[A-ZÆØÅ][\wæøå]+(?:\s+[A-ZÆØÅ](?![\wæøå]))?)", 0.85),
        Pattern("street and number (medium)", rf"(?-i:\b{STREET}{_NUMBER}{_FLOOR}{_POSTCODE})", 0.6),
    ]
    ENTITY = "DK_ADDRESS"
    CONTEXT = []
