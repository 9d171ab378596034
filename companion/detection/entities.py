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
    severity: str  # "block", "warn" or "info"
    message: str
    mask: Callable[[str], str]


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
        "block",
        f"CPR-nummer. {PERSONAL_DATA_RULE} Fjern nummeret, eller skriv [CPR-NUMMER].",
        _mask_cpr,
    ),
    "CONFIDENTIAL_MARKER": Entity(
        "block",
        "Teksten er mærket fortrolig, intern eller ikke offentliggjort. Fortroligt og "
        "forretningskritisk materiale må ikke deles i offentligt tilgængelige AI-løsninger. "
        "Send det ikke, og spørg din leder, hvis du er i tvivl.",
        _marker,
    ),
    "HEALTH_DATA": Entity(
        "warn",
        "Helbreds- eller sociale oplysninger om en person. Det er følsomme personoplysninger, som "
        "ikke må deles i offentligt tilgængelige AI-løsninger. Fjern dem, eller skriv så ingen kan "
        "genkende personen.",
        _first_letters(2),
    ),
    "PERSON": Entity(
        "warn",
        f"Navn på en person. {PERSONAL_DATA_RULE} Skriv fx 'borgeren' eller [PERSON 1] i stedet.",
        _initials,
    ),
    "EMAIL_ADDRESS": Entity(
        "warn",
        f"E-mailadresse, som kan udpege en person. {PERSONAL_DATA_RULE} Fjern adressen.",
        _mask_email,
    ),
    "PHONE_NUMBER": Entity(
        "warn",
        f"Telefonnummer, som kan udpege en person. {PERSONAL_DATA_RULE} Fjern nummeret.",
        _mask_digits_after(2),
    ),
    "DK_ADDRESS": Entity(
        "warn",
        f"Adresse, som kan udpege en person. {PERSONAL_DATA_RULE} Fjern adressen, eller skriv kun byen.",
        _first_letters(1),
    ),
    "IBAN_CODE": Entity(
        "warn",
        f"Bankkontonummer (IBAN). {PERSONAL_DATA_RULE} Fjern nummeret.",
        _mask_digits_after(2),
    ),
    "DK_BANK_ACCOUNT": Entity(
        "warn",
        f"Bankkontonummer. {PERSONAL_DATA_RULE} Fjern nummeret.",
        lambda value: "XXXX-XXXXXXXXXX",  # registration and account: nothing of either is kept
    ),
    "DK_CVR": Entity(
        "info",
        "CVR-nummer. Et virksomhedsnummer er ikke en personoplysning, men tjek at teksten ikke er fortrolig.",
        _mask_digits_after(4),
    ),
}

#: Entities that make a name, or a health term, identify a person's special-category data.
IDENTIFYING = {"DK_CPR", "PERSON"}

SEVERITY_ORDER = {"info": 0, "warn": 1, "block": 2}
