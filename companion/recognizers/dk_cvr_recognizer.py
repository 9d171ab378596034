"""Danish company number (CVR-nummer): eight digits, modulus 11.

Weights 2,7,6,5,4,3,2,1; the weighted sum is divisible by 11. Source:
Erhvervsstyrelsen, "Modulus 11-kontrol" for CVR. A company number is not
personal data, so findings are ``info``: shown, never blocking. Reporting it
keeps an eight-digit CVR from being read as a phone number. Needs a ``cvr``
cue nearby.

Examples (made up): ``CVR 29189846``, ``cvr-nr. 2918 9846``.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from .context_words import nearest_cue, words_before

COUNTRY_CODE = "dk"
WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


class DkCvrRecognizer(PatternRecognizer):
    """Recognize Danish CVR numbers after a CVR cue."""

    PATTERNS = [Pattern("CVR (weak)", r"(?<![\d])[1-9]\d{7}(?![\d])|(?<![\d])[1-9]\d(?: \d{2}){3}(?![\d])|(?<![\d])[1-9]\d{3} \d{4}(?![\d])", 0.2)]
    CONTEXT = ["cvr", "cvr-nr", "cvr-nummer", "cvrnr", "virksomhed", "firma", "se-nr"]

    def __init__(self, patterns=None, context=None, supported_language="da", supported_entity="DK_CVR", name=None):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=[],
            supported_language=supported_language,
            name=name,
        )
        self.context_words = context or self.CONTEXT

    def validate_result(self, pattern_text):
        digits = [int(c) for c in pattern_text if c.isdigit()]
        return None if sum(d * w for d, w in zip(digits, WEIGHTS)) % 11 == 0 else False

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if nearest_cue(words_before(text, result.start, count=3), self.context_words) is not None:
                result.score = 0.9
        return results
