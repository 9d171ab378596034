"""Danish bank account: a four-digit registration number and an account number.

Written as ``reg. 1234 konto 0012345678``, ``1234-0012345678`` or
``reg.nr. 1234 kontonr. 12345678``; the account number has up to ten digits.
A bare digit pair is too common, so a bank cue (``konto``, ``reg``, ``bank``,
``udbetal`` …) must stand near. IBANs are left to presidio's IbanRecognizer.

Examples (made up): ``reg. nr. 9570 kontonr. 0012345678``.
"""

from presidio_analyzer import Pattern, PatternRecognizer

from .context_words import nearest_cue, words_before

COUNTRY_CODE = "dk"


class DkBankAccountRecognizer(PatternRecognizer):
    """Recognize Danish registration and account numbers."""

    PATTERNS = [
        Pattern(
            "reg and account with words (strong)",
            r"(?<![\d])\d{4}[ ,]*(?:konto(?:nummer|nr\.?|-nr\.?)?|kto\.?(?:nr\.?)?)[ :.]*\d{6,10}(?![\d])",
            0.8,
        ),
        Pattern("reg-account (weak)", r"(?<![\d\-])\d{4}[ \-]\d{6,10}(?![\d\-])", 0.2),
    ]
    CONTEXT = ["konto", "kontonummer", "kontonr", "reg", "regnr", "reg.nr", "registreringsnummer", "bank",
               "bankkonto", "udbetales", "udbetaling", "overføres", "overfør", "nemkonto", "kto"]

    def __init__(self, patterns=None, context=None, supported_language="da", supported_entity="DK_BANK_ACCOUNT", name=None):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=[],
            supported_language=supported_language,
            name=name,
        )
        self.context_words = context or self.CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if nearest_cue(words_before(text, result.start, count=5), self.context_words) is not None:
                result.score = max(result.score, 0.75)
        return results
