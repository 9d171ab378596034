"""Danish phone numbers: eight digits, written in pairs, fours or in one run.

Formats: ``20 45 67 89``, ``2045 6789``, ``20456789``, ``+45 20 45 67 89``,
``0045 20456789``. Danish numbers do not start with 0 or 1. An eight-digit
run is also how case, order and CVR numbers look, so a bare run needs a phone
cue (``tlf``, ``mobil``, ``ring`` …) and is dropped after a number cue.
presidio's generic PhoneRecognizer reads CPR numbers as phone numbers; this
one never matches ten digits.

Examples (made up): ``tlf. 20 45 67 89``, ``+45 2045 6789``.
"""


from .context_words import column_header, deciding_cue, header_has_cue, words_before
from .danish_pattern_recognizer import DanishPatternRecognizer, Pattern

COUNTRY_CODE = "dk"
# Not inside a longer number or the decimals of an amount ("1,20 45 …", "125,20456789"); a comma after a word
# or a longer number is a cell boundary ("Vad,22914306", "0501621328,22914306").
_NOT_INSIDE_A_NUMBER = r"(?<![\d\-./])(?<!(?<!\d)\d,)(?<!(?<!\d)\d\d,)(?<!(?<!\d)\d\d\d,)"


class DkPhoneRecognizer(DanishPatternRecognizer):
    """Recognize Danish phone numbers."""

    PATTERNS = [
        Pattern("with country code (strong)", r"(?<![\w+])(?:\+|00)45[ \-]?[2-9]\d(?:[ \-]?\d{2}){3}(?![\d])", 0.8),
        Pattern("in pairs (medium)", _NOT_INSIDE_A_NUMBER + r"[2-9]\d(?: \d{2}){3}(?![\d])", 0.6),
        Pattern("in fours (medium)", _NOT_INSIDE_A_NUMBER + r"[2-9]\d{3} \d{4}(?![\d])", 0.5),
        Pattern("eight digits (weak)", _NOT_INSIDE_A_NUMBER + r"[2-9]\d{7}(?![\d])", 0.3),
    ]
    CONTEXT = ["tlf", "telefon", "telefonnummer", "telefonnr", "mobil", "mobilnummer", "mobilnr", "ring", "ringe",
               "ringes", "sms", "nummer", "nr", "kontakt", "direkte", "fastnet", "træffes"]
    NEGATIVE_CONTEXT = ["cvr", "cvr-nr", "sagsnr", "sagsnummer", "journalnr", "journalnummer", "faktura",
                        "ordre", "kunde", "konto", "kontonummer", "reg", "p-nr", "ean", "bilag", "varenr",
                        "kr", "dkk", "beløb", "se-nr"]
    ENTITY = "PHONE_NUMBER"
    CONTEXT_BONUS = 0.3

    def rescore(self, text, result):
        # In a pasted table the column's header is the cue ("navn,cpr,telefon", "mobilnr").
        header = column_header(text, result.start)
        if header:
            if header_has_cue(header, self.NEGATIVE_CONTEXT):
                return 0.05
            return min(result.score + self.CONTEXT_BONUS, 1.0) if header_has_cue(header, self.context_words) else result.score
        cue = deciding_cue(words_before(text, result.start, count=4), self.context_words, self.NEGATIVE_CONTEXT)
        if cue == "negative":
            return 0.05
        if cue == "positive":
            return min(result.score + self.CONTEXT_BONUS, 1.0)
        return result.score
