"""Danish check digits and the CPR century rule, written once.

The recognizers use them to judge a match, the corpus checker to judge a
label, and the corpus markup tool to fill in a check digit. Sources:
CPR-kontoret ("Personnummeret i CPR", modulus 11 and the century table),
Erhvervsstyrelsen (CVR modulus 11), ISO 13616 (IBAN, mod 97).
"""

import re
from datetime import date

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def cpr_birth_date(digits: str) -> date | None:
    """Return the birth date a ten-digit CPR number encodes, or None if it is impossible.

    The 7th digit and the year give the century: 0–3 the 1900s; 4 and 9 the
    2000s up to year 36, else the 1900s; 5–8 the 2000s up to year 57, else the 1800s.
    """
    day, month, year, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def cpr_passes_mod11(digits: str) -> bool:
    """Modulus 11: a confidence signal only, numbers issued since 2007 need not pass it."""
    return _weighted(digits, CPR_WEIGHTS) % 11 == 0


def cvr_valid(digits: str) -> bool:
    return bool(re.fullmatch(r"[1-9]\d{7}", digits)) and _weighted(digits, CVR_WEIGHTS) % 11 == 0


def iban_valid(value: str) -> bool:
    compact = re.sub(r"[\s\u00a0]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def mod11_check_digit(prefix: str, weights: tuple[int, ...]) -> str:
    """The digit that makes ``prefix`` + digit pass modulus 11 (the last weight is 1)."""
    digit = (-_weighted(prefix, weights)) % 11
    if digit == 10:
        raise ValueError(f"no modulus 11 check digit exists for prefix {prefix!r}; pick another")
    return str(digit)


def iban_check_digits(country: str, bban: str) -> str:
    return f"{98 - _iban_number(bban + country + '00') % 97:02d}"


def _weighted(digits: str, weights) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights))


def _iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))
