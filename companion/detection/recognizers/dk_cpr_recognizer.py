"""Danish CPR number (personnummer): ``DDMMYY-SSSS``.

Format: six digits of birth date, then four serial digits; the 7th digit and
the year together give the century. Source: CPR-kontoret, "Personnummeret i
CPR" (https://cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol).

Caveats:
- Modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) is only a confidence signal. Since
  October 2007 numbers are issued without it, and people born on 1 January of
  several years have numbers that fail it. A valid date is what counts.
- Separators seen in real text: hyphen, en dash (Word's autocorrect), space,
  no-break space, dot, slash and tab; a hyphen or dash may have spaces around
  it (``070761 - 0913``, as Word's autocorrect leaves ``070761 – 0913``).
- A number glued to an underscore or followed by a file extension is part of
  a file name ("scan_241126-1030.pdf"), not a CPR number.
- Negative context (invoice, order, customer numbers, P-numbers) lowers the
  score below the reporting threshold; a cue right before the number wins over
  one further away. A phone word counts only as the number's own label
  (``tlf. 2803954170``): a Danish phone number has eight digits, so in
  "Telefonsamtale med Ayşe Demir (280395-4170)" or a table's ``(cpr, navn, tlf)``
  the phone word is about something else.

Examples (made up): ``070761-0913``, ``0707614285``, ``cpr.nr. 150203 4321``.
"""

from datetime import date

from presidio_analyzer import Pattern, RecognizerResult

from ..checksums import cpr_birth_date, cpr_passes_mod11
from .context_words import deciding_cue, nearest_cue, words_before
from .danish_pattern_recognizer import DanishPatternRecognizer

COUNTRY_CODE = "dk"
# A date-and-time stamp in a file name ("scan_241126-1030.pdf") is not a CPR number.
_NOT_A_FILE_NAME = r"(?!\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|jpe?g|png|heic|msg|eml|zip)\b)"


class DkCprRecognizer(DanishPatternRecognizer):
    """Recognize Danish CPR numbers with date and century validation."""

    PATTERNS = [
        Pattern(
            "CPR with separator (medium)",
            r"(?<![\d_])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}"
            r"(?:[ \t\u00a0]*[-\u2010-\u2013][ \t\u00a0]*|[./ \t\u00a0])\d{4}(?![\d])" + _NOT_A_FILE_NAME,
            0.55,
        ),
        Pattern(
            "CPR ten digits (weak)",
            r"(?<![\d_])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{6}(?![\d])" + _NOT_A_FILE_NAME,
            0.45,
        ),
    ]
    CONTEXT = ["cpr", "cpr-nr", "cpr.nr", "cprnr", "cpr-nummer", "personnummer", "personnr", "person-nr",
               "født", "fødselsdato", "fødselsdag"]
    NEGATIVE_CONTEXT = [
        "faktura", "fakturanummer", "fakturanr", "ordre", "ordrenummer", "ordrenr",
        "kundenummer", "kundenr", "p-nr", "p-nummer", "pnr", "bilag", "bilagsnummer",
        "bilagsnr", "sagsnummer", "sagsnr", "journalnummer", "journalnr", "varenummer", "varenr",
        "konto", "kontonummer", "reg", "reg.nr", "regnr", "reg-nr", "ean", "ean-nummer", "cvr", "se-nr",
        "serienummer", "kode", "pinkode", "stregkode", "gavekort", "kortnummer", "bookingnummer", "billetnummer",
        "pakkenummer", "forsendelsesnummer", "tracking", "code", "voucher", "invoice", "order",
    ]
    #: Negative only right before the number, as its label (see the module's caveats).
    PHONE_LABELS = ["tlf", "telefon", "mobil", "mobilnummer", "telefonnummer", "ring", "fax"]
    ENTITY = "DK_CPR"
    MOD11_BONUS = 0.15
    CONTEXT_BONUS = 0.35
    NEGATIVE_SCORE = 0.1

    def validate_result(self, pattern_text: str):
        """Reject impossible birth dates; keep the pattern's score otherwise."""
        digits = self._digits(pattern_text)
        born = cpr_birth_date(digits)
        return None if born and born <= date.today() else False

    def rescore(self, text: str, result: RecognizerResult) -> float:
        digits = self._digits(text[result.start : result.end])
        score = result.score
        if cpr_passes_mod11(digits):
            score += self.MOD11_BONUS
        before = words_before(text, result.start)
        by_phone = len(before) > 1 and before[-2] in ("over", "i", "pr", "per", "via")
        if nearest_cue(before[-1:], self.PHONE_LABELS) == 0 and not by_phone:
            return self.NEGATIVE_SCORE  # "tlf. 2803954170"; not "fået dem over telefonen: 210386-1120"
        cue = deciding_cue(before, self.context_words, self.NEGATIVE_CONTEXT)
        if cue == "negative":
            return self.NEGATIVE_SCORE
        if cue == "positive":
            score += self.CONTEXT_BONUS
        return min(score, 1.0)

    @staticmethod
    def _digits(pattern_text: str) -> str:
        return "".join(c for c in pattern_text if c.isdigit())

