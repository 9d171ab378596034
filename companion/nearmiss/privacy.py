"""The gate in front of the near-miss log: only masked previews and a clean reason get in.

The log must never hold a value or a prompt, even when a buggy or hostile
client sends one. So every masked preview must have the shape its entity type
masks to, and the optional free-text reason for sending anyway is scanned
with the same detector as the prompts. A refusal names the field and the kind
of data, never the value.

Mask shapes (recognizers must produce masks that fit these):

=====================  ==========================================  =====================
entity type            shape                                       example
=====================  ==========================================  =====================
DK_CPR                 four digits, ``XX-XXXX``                    ``0707XX-XXXX``
PERSON                 initials, or ``…``                          ``J. P. H.``
EMAIL_ADDRESS          first character, ``…@``, domain             ``h…@aarhus.dk``
CONFIDENTIAL_MARKER,   a few words, no digits, and the detector    ``FORTROLIGT``
HEALTH_DATA, LOCATION  finds nothing else in them                  ``diagnose``
PHONE_NUMBER, IBAN,    digits partly replaced by ``X`` (or ``…``,  ``12 XX XX XX``
DK_BANK_ACCOUNT,       ``*``, ``•``); at most 4 digits left        ``DK50 XXXX XXXX …``
DK_CVR
DK_ADDRESS             a masked part (``…`` or ``XX``), at most 4  ``Vestergade …``
                       digits, and nothing else detected
=====================  ==========================================  =====================
"""

import re

from .vocabulary import ENTITY_LABELS, label

MAX_MASK_CHARS = 40
MAX_REASON_CHARS = 200
#: More digits than this in a preview or reason could be a postcode plus house
#: number, a phone number or part of a CPR number.
MAX_VISIBLE_DIGITS = 4

_CPR_MASK = re.compile(r"\d{4}XX-XXXX")
_INITIALS = re.compile(r"[^\W\d_]\.(?: ?[^\W\d_]\.){0,5}|…")
#: The domain is kept (it names the organisation, not the person); Danish
#: domains may hold æ, ø and å.
_EMAIL_MASK = re.compile(r"[^\W_]?…@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}")
#: A cut-off term ends in "…": "de…" for depression, "Under embargo til …".
_TERM = re.compile(r"[^\W\d_]+(?:[ .'-]{1,2}[^\W\d_]+){0,5}\.?(?: ?…)?")
_MASKED_NUMBER = re.compile(r"(?:[A-Z]{2})?[0-9X*•… +./-]+")
_MASK_MARK = re.compile(r"XX|[…*•]")
#: Ten digits in a row once separators are gone: a CPR number in any spelling.
_SEPARATORS = re.compile(r"[\s./-]")
_DIGIT_RUN = re.compile(r"\d{4,}")

SHAPES = {
    "DK_CPR": "cpr",
    "PERSON": "initials",
    "EMAIL_ADDRESS": "email",
    "CONFIDENTIAL_MARKER": "term",
    "HEALTH_DATA": "term",
    "LOCATION": "term",
    "PHONE_NUMBER": "number",
    "IBAN_CODE": "number",
    "DK_BANK_ACCOUNT": "number",
    "DK_CVR": "number",
    "DK_ADDRESS": "address",
}


class Refused(ValueError):
    """A value that must not be stored; ``message`` is Danish then English, without the value."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_masked(entity_type: str, masked: str, scanner) -> str:
    """Return ``masked`` if it has the shape of a mask for ``entity_type``, else raise ``Refused``.

    :param scanner: the companion's ``Scanner``; free-text shapes are scanned so
        a name cannot pass as a "term".
    """
    if not masked or len(masked) > MAX_MASK_CHARS or not masked.isprintable():
        raise Refused(
            f"skal være en maskeret visning på 1-{MAX_MASK_CHARS} tegn på én linje "
            f"(must be a masked preview of 1-{MAX_MASK_CHARS} characters on one line)"
        )
    if _looks_like_cpr(masked):
        raise Refused("ligner et helt CPR-nummer (looks like a full CPR number)")
    shape = SHAPES[entity_type]
    digits = sum(c.isdigit() for c in masked)
    fits = {
        "cpr": lambda: _CPR_MASK.fullmatch(masked),
        "initials": lambda: _INITIALS.fullmatch(masked),
        "email": lambda: _EMAIL_MASK.fullmatch(masked),
        "term": lambda: _TERM.fullmatch(masked),
        "number": lambda: _MASKED_NUMBER.fullmatch(masked)
        and _MASK_MARK.search(masked)
        and digits <= MAX_VISIBLE_DIGITS,
        "address": lambda: _MASK_MARK.search(masked) and digits <= MAX_VISIBLE_DIGITS,
    }[shape]()
    if not fits:
        raise Refused("er ikke maskeret som forventet (is not masked as expected)")
    if shape in ("term", "address"):
        others = {f.entity_type for f in scanner.scan(masked).findings} - {entity_type}
        if others:
            raise Refused(f"indeholder {_kinds(others)} (contains {', '.join(sorted(others))})")
    return masked


def check_reason(reason: str, scanner) -> str | None:
    """Return the reason for sending anyway, stripped, or None; raise ``Refused`` if it holds personal data.

    A CPR number is refused as the issue demands; so is anything else the
    detector finds, and any run of four or more digits (postcodes, phone and
    account numbers the detector may not know yet), because the reason is
    stored as written.
    """
    reason = " ".join(reason.split())
    if not reason:
        return None
    if len(reason) > MAX_REASON_CHARS:
        raise Refused(
            f"Begrundelsen må højst være {MAX_REASON_CHARS} tegn. "
            f"The reason may be at most {MAX_REASON_CHARS} characters."
        )
    if not reason.isprintable():
        raise Refused("Begrundelsen indeholder styretegn. The reason contains control characters.")
    kinds = {f.entity_type for f in scanner.scan(reason).findings}
    if "DK_CPR" in kinds or _looks_like_cpr(reason):
        raise Refused(
            "Begrundelsen indeholder et CPR-nummer og blev ikke gemt. Skriv den uden personoplysninger. "
            "The reason contains a CPR number and was not stored; write it without personal data."
        )
    if kinds:
        raise Refused(
            f"Begrundelsen indeholder {_kinds(kinds)} og blev ikke gemt. Skriv den uden personoplysninger. "
            f"The reason contains {', '.join(sorted(kinds))} and was not stored."
        )
    if _DIGIT_RUN.search(reason):
        raise Refused(
            f"Begrundelsen må ikke indeholde tal med {MAX_VISIBLE_DIGITS} eller flere cifre "
            "(fx postnumre, telefon- eller kontonumre). "
            f"The reason must not contain numbers of {MAX_VISIBLE_DIGITS} or more digits."
        )
    return reason


def _looks_like_cpr(text: str) -> bool:
    return bool(re.search(r"\d{10}", _SEPARATORS.sub("", text)))


def _kinds(entity_types) -> str:
    return ", ".join(label(ENTITY_LABELS, t) for t in sorted(entity_types)).lower()
