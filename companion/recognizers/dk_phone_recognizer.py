"""Danish phone numbers: eight digits, written in pairs, fours or in one run.

Formats: ``20 45 67 89``, ``2045 6789``, ``20456789``, ``+45 20 45 67 89``,
``0045 20456789``. Danish numbers do not start with 0 or 1. An eight-digit
run is also how case, order and CVR numbers look, so a bare run needs a phone
cue (``tlf``, ``mobil``, ``ring`` …) and is dropped after a number cue.
presidio's generic PhoneRecognizer reads CPR numbers as phone numbers; this
one never matches ten digits.

Examples (made up): ``tlf. 20 45 67 89``, ``+45 2045 6789``.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from .context_words import nearest_cue, words_before

COUNTRY_CODE = "dk"


class DkPhoneRecognizer(PatternRecognizer):
    """Recognize Danish phone numbers."""

    PATTERNS = [
        Pattern("with country code (strong)", r"(?<![\w+])(?:\+|00)45[ \-]?[2-9]\d(?:[ \-]?\d{2}){3}(?![\d])", 0.8),
        Pattern("in pairs (medium)", r"(?<![\d\-./,])[2-9]\d(?: \d{2}){3}(?![\d])", 0.6),
        Pattern("in fours (medium)", r"(?<![\d\-./,])[2-9]\d{3} \d{4}(?![\d])", 0.5),
        Pattern("eight digits (weak)", r"(?<![\d\-./,])[2-9]\d{7}(?![\d])", 0.3),
    ]
    CONTEXT = ["tlf", "telefon", "telefonnummer", "telefonnr", "mobil", "mobilnummer", "mobilnr", "ring", "ringe",
               "ringes", "sms", "nummer", "nr", "kontakt", "direkte", "fastnet", "træffes"]
    NEGATIVE_CONTEXT = ["cvr", "cvr-nr", "sagsnr", "sagsnummer", "journalnr", "journalnummer", "faktura",
                        "ordre", "kunde", "konto", "kontonummer", "reg", "p-nr", "ean", "bilag", "varenr",
                        "kr", "dkk", "beløb", "se-nr"]
    CONTEXT_BONUS = 0.3

    def __init__(self, patterns=None, context=None, supported_language="da", supported_entity="PHONE_NUMBER", name=None):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=[],  # scored here, see context_words
            supported_language=supported_language,
            name=name,
        )
        self.context_words = context or self.CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            words = words_before(text, result.start, count=4)
            positive = nearest_cue(words, self.context_words)
            negative = nearest_cue(words, self.NEGATIVE_CONTEXT)
            if negative is not None and (positive is None or negative < positive):
                result.score = 0.05
            elif positive is not None:
                result.score = min(result.score + self.CONTEXT_BONUS, 1.0)
        return results
