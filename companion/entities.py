"""What each entity type means to a user: severity, a Danish reason and a mask.

Messages follow the words of KL's guide on generative AI: say what was found,
why it matters and what to do.
"""

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


ENTITIES = {
    "DK_CPR": Entity(
        "block",
        f"CPR-nummer. {PERSONAL_DATA_RULE} Fjern nummeret, eller skriv [CPR-NUMMER].",
        _mask_cpr,
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
}

SEVERITY_ORDER = {"info": 0, "warn": 1, "block": 2}
