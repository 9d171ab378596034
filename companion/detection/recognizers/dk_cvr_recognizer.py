"""Danish company number (CVR-nummer): eight digits, modulus 11.

Weights 2,7,6,5,4,3,2,1; the weighted sum is divisible by 11. Source:
Erhvervsstyrelsen, "Modulus 11-kontrol" for CVR. A company number is not
personal data, so findings are ``info``: shown, never blocking. Reporting it
keeps an eight-digit CVR from being read as a phone number. Needs a ``cvr``
cue nearby.

Examples (made up): ``CVR 29189846``, ``cvr-nr. 2918 9846``.
"""


from ..checksums import cvr_valid
from .context_words import nearest_cue, words_before
from .danish_pattern_recognizer import DanishPatternRecognizer, Pattern

COUNTRY_CODE = "dk"


class DkCvrRecognizer(DanishPatternRecognizer):
    """Recognize Danish CVR numbers after a CVR cue."""

    PATTERNS = [Pattern("CVR (weak)", r"(?<![\d])[1-9]\d{7}(?![\d])|(?<![\d])[1-9]\d(?: \d{2}){3}(?![\d])|(?<![\d])[1-9]\d{3} \d{4}(?![\d])", 0.2)]
    CONTEXT = ["cvr", "cvr-nr", "cvr-nummer", "cvrnr", "virksomhed", "firma", "se-nr"]
    ENTITY = "DK_CVR"

    def validate_result(self, pattern_text):
        return None if cvr_valid("".join(c for c in pattern_text if c.isdigit())) else False

    def rescore(self, text, result):
        return 0.9 if nearest_cue(words_before(text, result.start, count=3), self.context_words) is not None else result.score
