"""Danish bank account: a four-digit registration number and an account number.

Written as ``reg. 1234 konto 0012345678``, ``1234-0012345678`` or
``reg.nr. 1234 kontonr. 12345678``; the account number has up to ten digits.
A bare digit pair is too common, so a bank cue (``konto``, ``reg``, ``bank``,
``udbetal`` …) must stand near. IBANs are left to presidio's IbanRecognizer.

Examples (made up): ``reg. nr. 9570 kontonr. 0012345678``.
"""


from .context_words import column_header, header_has_cue, nearest_cue, words_before
from .danish_pattern_recognizer import DanishPatternRecognizer, Pattern

COUNTRY_CODE = "dk"


class DkBankAccountRecognizer(DanishPatternRecognizer):
    """Recognize Danish registration and account numbers."""

    PATTERNS = [
        Pattern(
            "reg and account with words (strong)",
            r"(?<![\d])\d{4}[ ,]*(?:konto(?:nummer|nr\.?|-nr\.?)?|kto\.?(?:nr\.?)?)[ :.]*\d{6,10}(?![\d])",
            0.8,
        ),
        Pattern("reg-account (weak)", r"(?<![\d\-])\d{4}[ \-]\d{6,10}(?![\d\-])", 0.2),
    ]
    ENTITY = "DK_BANK_ACCOUNT"
    CONTEXT = ["konto", "kontonummer", "kontonr", "reg", "regnr", "reg.nr", "registreringsnummer", "bank",
               "bankkonto", "udbetales", "udbetaling", "overføres", "overfør", "nemkonto", "kto", "efterbetal",
               "account", "bank account"]

    def rescore(self, text, result):
        # In a pasted table the column's header is the cue ("medarbejder;cpr;løn;lønkonto").
        header = column_header(text, result.start)
        if header:
            cued = header_has_cue(header, self.context_words)
        else:
            cued = nearest_cue(words_before(text, result.start, count=5), self.context_words) is not None
        return max(result.score, 0.75) if cued else result.score
