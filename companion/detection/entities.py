"""What each entity type means to a user: severity, a Danish reason and a mask.

Messages follow the words of KL's guide on generative AI: say what was found,
why it matters and what to do.
"""

import re
from dataclasses import dataclass
from typing import Callable

PERSONAL_DATA_RULE = "Personoplysninger må ikke deles i offentligt tilgængelige AI-løsninger."


@dataclass(frozen=True)
class Entity:
    """Everything the companion knows about one kind of finding, in one place."""

    label: str  # the Danish word users see on the dashboard and in exports
    severity: str  # "block", "warn" or "info" when it is about a person
    message: str
    mask: Callable[[str], str]
    #: Where spans of two kinds overlap, the higher wins: a checked number or a
    #: marker phrase over a term list, a term over a guessed name.
    specificity: int
    #: The kinds that, in the same text, make this one block: together they are
    #: special-category data about an identified person.
    blocks_with: frozenset = frozenset()
    #: A kind that says who a text is about (a name, a CPR number).
    identifies_person: bool = False
    #: Only worth interrupting for when the text is about a person: a
    #: switchboard number or a street in a road-works notice is a hint.
    needs_person: bool = False
    #: Says something of the text it stands in (a marking), not a value in it:
    #: it stands beside the names and numbers inside its span instead of
    #: competing with them for it.
    about_the_text: bool = False


def _mask_cpr(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    return f"{digits[:4]}XX-XXXX"


def _mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return f"{local[:1]}…@{domain}"


def _initials(value: str) -> str:
    parts = [p for p in value.replace("-", " ").split() if p[:1].isalpha()]
    return " ".join(f"{p[0].upper()}." for p in parts) or "…"


def _first_letters(count: int) -> Callable[[str], str]:
    return lambda value: f"{value[:count]}…"


def _mask_digits_after(keep: int) -> Callable[[str], str]:
    """Keep the first ``keep`` digits, replace the rest by X (separators stay)."""

    def mask(value: str) -> str:
        seen, out = 0, []
        for char in value:
            if char.isdigit():
                seen += 1
                out.append(char if seen <= keep else "X")
            else:
                out.append(char)
        return "".join(out)

    return mask


def _marker(value: str) -> str:
    """Show the marking itself (not personal data), without its dates: "Under embargo til …"."""
    words = re.split(r"\s*\d", value, maxsplit=1)[0].strip(" ,.:–-")
    shortened = words[:39]
    return shortened if shortened == value else f"{shortened} …"


ENTITIES = {
    "DK_CPR": Entity(
        "CPR-nummer",
        "block",
        f"CPR-nummer. {PERSONAL_DATA_RULE} Fjern nummeret, eller skriv [CPR-NUMMER].",
        _mask_cpr,
        specificity=100,
        identifies_person=True,
    ),
    "IBAN_CODE": Entity(
        "IBAN-nummer",
        "warn",
        f"Bankkontonummer (IBAN). {PERSONAL_DATA_RULE} Fjern nummeret.",
        _mask_digits_after(2),
        specificity=90,
        needs_person=True,
    ),
    "EMAIL_ADDRESS": Entity(
        "E-mailadresse",
        "warn",
        f"E-mailadresse, som kan udpege en person. {PERSONAL_DATA_RULE} Fjern adressen.",
        _mask_email,
        specificity=80,
        needs_person=True,
    ),
    "DK_BANK_ACCOUNT": Entity(
        "Kontonummer",
        "warn",
        f"Bankkontonummer. {PERSONAL_DATA_RULE} Fjern nummeret.",
        lambda value: "XXXX-XXXXXXXXXX",  # registration and account: nothing of either is kept
        specificity=70,
        needs_person=True,
    ),
    "DK_CVR": Entity(
        "CVR-nummer",
        "info",
        "CVR-nummer. Et virksomhedsnummer er ikke en personoplysning, men tjek at teksten ikke er fortrolig.",
        _mask_digits_after(4),
        specificity=60,
    ),
    "PHONE_NUMBER": Entity(
        "Telefonnummer",
        "warn",
        f"Telefonnummer, som kan udpege en person. {PERSONAL_DATA_RULE} Fjern nummeret.",
        _mask_digits_after(2),
        specificity=50,
        needs_person=True,
    ),
    "CONFIDENTIAL_MARKER": Entity(
        "Fortroligt materiale",
        "block",
        "Teksten er mærket fortrolig, intern eller ikke offentliggjort. Fortroligt og "
        "forretningskritisk materiale må ikke deles i offentligt tilgængelige AI-løsninger. "
        "Send det ikke, og spørg din leder, hvis du er i tvivl.",
        _marker,
        specificity=40,
        about_the_text=True,
    ),
    "DK_ADDRESS": Entity(
        "Adresse",
        "warn",
        f"Adresse, som kan udpege en person. {PERSONAL_DATA_RULE} Fjern adressen, eller skriv kun byen.",
        _first_letters(1),
        specificity=30,
        needs_person=True,
    ),
    "HEALTH_DATA": Entity(
        "Helbredsoplysninger",
        "warn",
        "Helbreds- eller sociale oplysninger om en person. Det er følsomme personoplysninger, som "
        "ikke må deles i offentligt tilgængelige AI-løsninger. Fjern dem, eller skriv så ingen kan "
        "genkende personen.",
        _first_letters(2),
        specificity=20,
        blocks_with=frozenset({"DK_CPR", "PERSON"}),
        needs_person=True,
    ),
    "PERSON": Entity(
        "Navn",
        "warn",
        f"Navn på en person. {PERSONAL_DATA_RULE} Skriv fx 'borgeren' eller [PERSON 1] i stedet.",
        _initials,
        specificity=10,
        blocks_with=frozenset({"DK_CPR", "HEALTH_DATA"}),
        identifies_person=True,
    ),
}

SEVERITY_ORDER = {"info": 0, "warn": 1, "block": 2}
