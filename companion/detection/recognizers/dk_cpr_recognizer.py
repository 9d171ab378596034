"""Danish CPR number (personnummer): ``DDMMYY-SSSS``.

Format: six digits of birth date, then four serial digits; the 7th digit and
the year together give the century. Source: CPR-kontoret, "Personnummeret i
CPR" (https://cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol).

Caveats:
- Modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) is only a confidence signal. Since
  October 2007 numbers are issued without it, and people born on 1 January of
  several years have numbers that fail it. A valid date is what counts.
- Separators seen in real text: hyphen, en or em dash (Word's autocorrect), a
  minus sign (PDFs), one or more spaces of any width (space, tab, no-break,
  thin), dot and slash; a dash may have spaces around it (``070761 - 0913``, as
  Word's autocorrect leaves ``070761 – 0913``). The birth date may be written
  as a date, its year in two digits or four, with a dash before the serial
  (``07-07-61-0913``, ``07.07.1961-0913``: a four-digit year must agree with the
  century the serial gives, so a period ``01.08.2024-2027`` is none), found
  when it passes modulus 11 or follows a cue word, as a date and a time
  (``10.05.21-0930``) look the same; a date with spaces and the serial after a
  space (``07 07 61 0913``) only after a cue word.
- A number glued to an underscore or followed by a file extension is part of
  a file name ("scan_241126-1030.pdf"), not a CPR number; nor are a log's
  stamps of one recent day that would make people 98 or older
  ("281126-0931 og 281126-0947" in November 2026), nor the account after a
  bank registration number ("9070-1602847731").
- Negative context (invoice, order, customer numbers, P-numbers) lowers the
  score below the reporting threshold; a cue right before the number wins over
  one further away. A phone word counts only as the number's own label
  (``tlf. 2803954170``): a Danish phone number has eight digits, so in
  "Telefonsamtale med Ayşe Demir (280395-4170)" or a table's ``(cpr, navn, tlf)``
  the phone word is about something else. A label with another number of four
  digits or more between it and this one is that number's ("Sagsnr 2024-0012
  vedr. 070761-0913"); everyday words that label numbers ("Booking", "Job")
  count only right before one.

Examples (made up): ``070761-0913``, ``0707614285``, ``cpr.nr. 150203 4321``.
"""

import re
from datetime import date

from presidio_analyzer import RecognizerResult

from ..checksums import cpr_birth_date, cpr_passes_mod11
from .context_words import FUNCTION_WORDS, deciding_cue, header_cell, header_row, header_has_cue, header_words, nearest_cue, words_before
from .danish_pattern_recognizer import DanishPatternRecognizer, Pattern
from .name_words import load_names, ordinary_word

COUNTRY_CODE = "dk"
# A date-and-time stamp in a file name ("scan_241126-1030.pdf") is not a CPR number.
_NOT_A_FILE_NAME = r"(?!\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|jpe?g|png|heic|msg|eml|zip)\b)"
# No digit after the number, nor a capital that ends a code ("SM-03: 150586-3390B", a serial with its letter); a word typed
# onto it is allowed ("070761-0913Anna").
_NO_CODE_AFTER = r"(?![\d]|[A-ZÆØÅ](?![a-zæøå]))"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0[1-9]|1[0-2])"
_SPACE = r"[ \t\u00a0\u2007\u2009\u202f]"
# Hyphen, the Unicode hyphens and dashes up to the horizontal bar, and the minus sign; spaces may stand around it.
_DASH = rf"{_SPACE}*[-\u2010-\u2015\u2212]{_SPACE}*"


# Words that begin so speak of CPR numbers ("cpr-numrene", "personnumre", "fødselsdato").
_CPR_STEMS = ("cpr", "person", "fødsel")
#: How other numbers' labels end ("Målernr.", "inventarnummer", "Betalingsreference"); the person recognizer reads
#: them too, so that a label heading a line before a number is no name with its CPR number.
# ("Testhæfte-ID 240518-0032"; a code or a slip: "fejlkode 310899-0001", "Vejeseddel 1410261187")
OTHER_NUMBER_LABEL_ENDINGS = ("nr", "nummer", "reference", "-id", "kode", "seddel", "serie", "bilag")  # ("Fældeserie 130626-4471 til …")
# … and the definite forms, as a sentence's subject: "Sikkerhedsnummeret på maskinen er …"
_DEFINITE_LABEL_ENDINGS = ("nummeret", "referencen", "koden")
_CODE_VERBS = ("afkode", "dekode", "omkode", "indkode")  # "Afkode: 070761-0913" asks to decode a CPR number
# A number alone in a table's cell: a separator (or the line's start) before it, another (or the line's end) after.
# A label phrase before a colon and the number, its head first: "Lotnummer på influenzavaccinerne: ", "Kundenr. hos X: ",
# "Tournament-ID fra platformen: ".
_LABEL_PHRASE = re.compile(r"(?:^|[.!?]\s)[ \t]*([^\W\d_]+(?:-[^\W\d_]+)?)\.?(?:\s+[^\W\d_]+){1,5}\s*:\s*\Z")
# A person's full name right before the number, then a comma, a colon or a bracket: "konto for Omar Farah, 121188-1778",
# "nævnt i bilag: Gunnar Riis (090637-1138)" (the number is the person's; a label further back names something else).
# The name may stand one field further back, before a role or a unit: "Gülşen Yıldırım, fakturakontrol, 110681-2302".
_FULL_NAME_BEFORE = re.compile(
    r"[A-ZÆØÅ][^\W\d_A-ZÆØÅ]+(?:[ -][A-ZÆØÅ][^\W\d_A-ZÆØÅ]+)+[ \t]*(?:,[ \t]*[^\W\d_][^,:\n\d]{0,30})?[ \t]*(?:[,:]|\()[ \t]*\Z"
)
# A word that gives a number to someone before that someone's first name: "faktura for amalie 110307 4807".
_FOR_SOMEONE = ("for", "til", "vedr", "om")
# A line's label before its colon, its head first: "CPR (bruges i stedet for CVR): 271083-2938".
_LINE_LABEL = re.compile(r"[ \t*-]*([^\W\d_][\w.-]*)[^\n:]{0,60}:[ \t]*\Z")  # matched from the line's start
# A word for a number after another word, right before it: "booking nr. 140726-2031", "ordre nummer 0107781236".
_NUMBER_WORDS = ("nr", "nummer")
# The heading of the list a number stands in: a line that ends with a colon or a question, the lines between it and the
# number one a number each, perhaps after a short word or code, a blank line after the heading allowed ("Prøve-ID'er fra
# laboratoriet, uge 27:" over "160625-0412 Nordstranden" and "160625-0413 Sælvig"; "Serienumre på fundne cykler – kan du
# sortere dem?" over "WBK 220384 1175"; "Serienumre på vores heliumflasker:", a blank line, "290826-4417").
_LIST_HEADING_ABOVE = re.compile(r"(?:^|\n)([^\n]{3,80})[:?][ \t]*\n(?:[ \t]*\n)?(?:[ \t*-]*(?:[^\W\d_]{1,6}[ \t]+)?\d[^\n]{0,60}\n)*[ \t*-]*\Z")
# Words that say which of someone's numbers it is, not what kind: "rigtige nummer: 020986 3758", "nye nr.".
_WHICH_NUMBER = ("rigtige", "korrekte", "forkerte", "nye", "gamle", "samme", "fulde", "hele", "første", "sidste")
# A bracket right after the number that calls it a CPR number, whatever its label said: "CVR 1806693010 (hov – det er
# hendes cpr-nr., CVR er 30277163)" (not "(ikke et cpr-nr.)", "(ligner et cpr-nummer)").
_CPR_SAID_AFTER = re.compile(
    r"[ \t]*\((?![^()\n]*\b(?:ikke|not|ligner|uden|intet|ingen)\b)[^()\n]{0,40}?\b(?:cpr|cpr-nr|cpr-nummer|cpr-nummeret|personnummer|personnummeret)\b",
    re.IGNORECASE,
)
# A bank account: its four-digit registration number after "reg.", then the account number ("reg. 6695 2004117733").
_ACCOUNT_BEFORE = re.compile(r"\breg(?:\.|istrerings)?[ \t]*(?:nr\.?)?[ \t]*:?[ \t]*\d{4}[ \t]*[-.]?[ \t]*\Z", re.IGNORECASE)
# … or its four digits alone, then ten digits with nothing between them: "Bank: 9877 0701225530" (225 such accounts
# on the read sets, no CPR number).
_REG_NUMBER_BEFORE = re.compile(r"(?<![\d.,-])\d{4}[ \t]\Z")
# A serial number's "S/N" (split into two letters by ``words_before``): "S/N 240519-3390" on a device list
_SERIAL_BEFORE = re.compile(r"(?<![\w/])[Ss]/[Nn][.:]?[ \t]*\Z")
# A code of letters joined to the number by a hyphen names a system's id: "INC-2611201234", "REQ-0107781236", and so does
# one letter: a chemical locker's "K-071142-1180", a playground's "K-0103190077".
_CODE_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{1,6})-\Z")
# A sentence's end: a word's full stop, then a capitalised word ("… mangler at oplyse cpr og konto. Hun har nu sendt:
# 090198-2066"); not an abbreviation's dot before a label ("Reg. Nr.").
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{4})[.!?][ \t]+(?=[\"“„]?[A-ZÆØÅ][a-zæøå]{2})")  # (also a quotation's start)
# … and any full stop before a capital, after a time or a bracket too ("kl. 10.30. Borgeren …", "(dato + løbenummer).
# Hvordan …"; not an abbreviation's: "f.eks. 150526-0412"): what a date code's words may not reach across.
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+(?=[\"“„]?[A-ZÆØÅ])")
# Words that join labels listed before their values: "cpr og konto: …", "CPR-nr., tlf. og kontonummer: …".
_LIST_JOINS = ("og", "and", "samt", "eller", "or")
# The list of ten-digit numbers that ends right before a number: where its first number's label is read.
# (a range's too: "Fældeserie 130626-4471 til 130626-4490")
# (and a short note on each in brackets: "Bookingnr. 140726-3381 (hytte 4), 210726-0915 (hytte 7), 020826-4472")
_NUMBERS_BEFORE = re.compile(
    r"(?:\d{6}[ \t]*[-–]?[ \t]*\d{4}(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?:,|\b(?:og|and|samt|eller|or|til|to)\b)[ \t]*)+\Z"
)
_RANGE_JOINS = ("til", "to")
# A CPR cue placed on the paper another label names: "cpr på fakturaen".
_PLACED_ON = frozenset(("på", "i"))
_CELL_START = re.compile(r"(?:^|[,;\t|])[ \t\"']*\Z", re.MULTILINE)
_CELL_END = re.compile(r"[ \t\"']*(?:[,;\t|]|$)", re.MULTILINE)
# A stamp from a log is recent; as a CPR number its serial would make the person a hundred years old.
_STAMP_DAYS = 90
_OLDEST_LIKELY = 98


def reads_as_time_stamp(digits: str, text: str, today: date | None = None) -> bool:
    """Do the ten digits read better as a time stamp ``ddmmyy-HHMM`` than as the CPR number of someone 98 or older?
    So they do within three months of today beside another of the same day in ``text`` ("281126-0931 og 281126-0947"
    from a log of November 2026, "091226-1300 til 091226-1500" a room booked for next week; the people would be born
    in 1926), and at any date when it and two more of the same day at other times head their lines (a climate
    computer's log: "140126 0130", "140126 0145", "140126 0152"). One such number alone may well be a resident of a care
    home, and a few born the same day may be listed in a sentence ("Borgerne 120527-0042, 120527-0043 og 120527-0044")."""
    today = today or date.today()
    born = cpr_birth_date(digits)
    hours, minutes = int(digits[6:8]), int(digits[8:10])
    if not born or today.year - born.year < _OLDEST_LIKELY or hours > 23 or minutes > 59:
        return False
    try:
        stamped = date(2000 + int(digits[4:6]), int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return False
    # The search through the text last: it is asked of every CPR-shaped number without a cue.
    if abs((today - stamped).days) <= _STAMP_DAYS:
        return bool(re.search(rf"(?<!\d){digits[:6]}\D{{0,3}}(?!{digits[6:]})\d{{4}}(?!\d)", text))
    heading_lines = re.findall(rf"^[ \t]*{digits[:6]}[ \t]*-?[ \t]*(\d{{4}})(?!\d)", text, re.MULTILINE)
    return len({time for time in heading_lines if int(time[:2]) <= 23 and int(time[2:]) <= 59}) >= 3


# Time of day named beside a number, as its format or its meaning: "(dato og klokkeslæt)", "(format: ddmmåå-ttmm)",
# "Hændelsestidspunkt 031225 1430", "er tidsstemplet i loggen".
_TIME_WORDS = re.compile(r"(?i)klokkeslæt|tidsstemp|tidspunkt|dato\s+og\s+tid\b|time\s*stamp|\b(?:ttmm|hhmm|tt[:.]mm|hh[:.]mm)\b")
# A number said to be a date and a serial number, or given in such a format: "(dato + løbenummer)", "nummereret med
# oprettelsesdato og løbenummer, fx …", "formatet DDMMÅÅ-NNNN, fx …" (a CPR number is one too, but a cue says so first).
_DATE_AND_SERIAL = re.compile(
    r"(?i)\bdato\s*(?:\+|og|plus|and)\s*(?:et\s+)?løbe-?n(?:umme)?r|\boprettelsesdato\s+og\s+løbe"
    r"|ddmm(?:åå|yy)[\s-]*(?:løbe-?nummer|nnnn|ttmm|hhmm)\b"
)


def said_to_be_a_date_code(digits: str, text: str, start: int, end: int) -> bool:
    """Are the ten digits a date and a serial number, or a date and a time of day (the last four 00:00-23:59), as words
    beside them in their sentence say ("dato + løbenummer"; "klokkeslæt", "tidsstempel", "tidspunkt", a format's "ttmm")?
    (Asked only when no cue calls it a CPR number.)"""
    before = text[max(0, start - 60) : start].rpartition("\n")[2]
    before = before[max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0) :]
    after = _SENTENCE_BREAK.split(text[end : end + 40].partition("\n")[0], maxsplit=1)[0]
    if _DATE_AND_SERIAL.search(before) or _DATE_AND_SERIAL.search(after):
        return True
    a_time = int(digits[6:8]) <= 23 and int(digits[8:10]) <= 59
    return a_time and (_TIME_WORDS.search(before) is not None or _TIME_WORDS.search(after) is not None)


# A thing said to be missing: "uden sagsnummer", "ingen ordrenummer", "without invoice".
_ABSENT_LABEL = re.compile(r"\b(?:uden|ingen|intet|manglende|mangler|without|no)\s+([\w.-]+)", re.IGNORECASE)


#: Words that introduce examples of a label's values: "kolonnen Kundenr. med værdier som …".
_EXAMPLE_WORDS = frozenset({"værdier", "values", "numre", "numbers", "tal", "eksempler", "examples"})


class DkCprRecognizer(DanishPatternRecognizer):
    """Recognize Danish CPR numbers with date and century validation."""

    PATTERNS = [
        Pattern(
            "CPR with separator (medium)",
            rf"(?<![\d_])(?<!\d-){_DAY}{_MONTH}\d{{2}}(?:{_DASH}|[./]|{_SPACE}{{1,3}})\d{{4}}{_NO_CODE_AFTER}" + _NOT_A_FILE_NAME,
            0.55,
        ),
        Pattern(
            "CPR ten digits (weak)",
            rf"(?<![\d_])(?<!\d-){_DAY}{_MONTH}\d{{6}}{_NO_CODE_AFTER}" + _NOT_A_FILE_NAME,  # not a bank account's 9070-…
            0.45,
        ),
        Pattern(
            "CPR with its birth date written as a date (weak: a date and a time look the same)",
            rf"(?<![\d_.]){_DAY}([-./]){_MONTH}\1(?:18|19|20)?\d{{2}}{_DASH}\d{{4}}(?![\d])" + _NOT_A_FILE_NAME,
            0.3,
        ),
        Pattern(
            "CPR with a four-digit year and no separators in the date (weak, as the dated form above)",
            rf"(?<![\d_.]){_DAY}{_MONTH}(?:18|19|20)\d{{2}}{_DASH}\d{{4}}(?![\d])" + _NOT_A_FILE_NAME,
            0.3,
        ),
        Pattern(
            "CPR as a date and serial with spaces (only with a cue)",
            rf"(?<![\d_.]){_DAY} {_MONTH} (?:18|19|20)?\d{{2}} \d{{4}}(?![\d])",
            0.15,
        ),
    ]
    CONTEXT = ["cpr", "cpr-nr", "cpr.nr", "cprnr", "cpr-nummer", "personnummer", "personnr", "person-nr",
               "pers.nr", "persnr", "pers-nr", "født", "fødselsdato", "fødselsdag", "personennummer", "geboren", "geb",
               # the number's other Danish name, also the Norwegian's: "| Borger | Fødselsnr |"
               "fødselsnummer", "fødselsnr", "fødsels-nr"]
    NEGATIVE_CONTEXT = [
        "faktura", "fakturanummer", "fakturanr", "ordre", "ordrenummer", "ordrenr", "kvittering", "kvitteringsnummer", "kvitteringsnr", "bon", "bonnr", "bon-nr", "bonnummer",
        "kundenummer", "kundenr", "p-nr", "p-nummer", "pnr", "bilag", "bilagsnummer",
        "bilagsnr", "sagsnummer", "sagsnr", "journalnummer", "journalnr", "varenummer", "varenr",
        "konto", "kontonummer", "reg", "reg.nr", "regnr", "reg-nr", "ean", "ean-nummer", "cvr", "se-nr",
        "serienummer", "serienumre", "serienr", "lotnummer", "lot-nummer", "lotnr", "lot-nr", "batchnummer", "batchnr", "batch-nr", "kode", "pinkode", "stregkode", "gavekort", "kortnummer", "bookingnummer", "billetnummer",
        "pakkenummer", "forsendelsesnummer", "tracking", "code", "voucher", "invoice", "order", "måler", "målernummer",
        "kunde-id", "kundeid", "kreditnota", "arbejdsordre",
        "bookingnr", "booking-nr", "betalings-id", "betalingsid", "lodder", "lodderne", "vinderlodder", "vinderlodderne", "lodnummer", "lodnumre", "lodnr",
        "skadenummer", "skadesnummer", "skadenr", "skadesnr", "prøvenummer", "prøvenr", "prøve-id",
        "tidspunkt", "hændelsestidspunkt", "tidsstempel", "timestamp", "booking-reference", "bookingreference",
        # a collection's register of what it has received: "Accessionsliste", "accession": "230406-0008"
        "accession", "accessionsnummer", "accessionsnr",
    ]
    #: Negative only right before the number, as its label (see the module's caveats).
    PHONE_LABELS = ["tlf", "telefon", "mobil", "mobilnummer", "telefonnummer", "fax"]
    #: A call, as a whole word only: "Ringsted" is a town and a surname ("Klaus Ringsted, 050467-2328").
    CALL_WORD = "ring"
    #: Other numbers' labels that are everyday words too, so only right before the number: "Booking 101226-0930",
    #: "Job 1203861142 from WS-0415", but not "Batch job failed for debtor 051162-1372".
    #: ("Parti 020926-1184, holdbar til …", a serial number's "SN 040550-2213", a product's "saks model 050592-3310")
    ADJACENT_LABELS = ["job", "ticket", "booking", "reservation", "ref", "lot", "batch", "parti", "sn", "model"]
    #: A recalled batch's label anywhere earlier in the number's sentence, also far back: "Lot-nummeret på de
    #: dialyseposer, der er tilbagekaldt, er 120385-2231" (a recall notice names no one's birth).
    BATCH_LABELS = ("lot-nummer", "lotnummer", "vareparti", "partinummer", "batchnummer")
    ENTITY = "DK_CPR"
    MOD11_BONUS = 0.15
    CONTEXT_BONUS = 0.35
    NEGATIVE_SCORE = 0.1

    def validate_result(self, pattern_text: str):
        """Reject impossible birth dates, and a four-digit year the serial's century contradicts.

        A birth in the future by the century rule ("1004567891": a 7 with year 56 is 2056) is a look-alike number,
        not a CPR number written with the wrong century: read as the 1900s, such numbers found one CPR number a
        blind set's writer had made up wrong and as many customer and P-numbers (nineteenth session, tried and
        taken out).
        """
        written = "".join(c for c in pattern_text if c.isdigit())
        born = cpr_birth_date(self._digits(pattern_text))
        if len(written) == 12 and born and born.year != int(written[4:8]):
            return False  # "01.08.2024-2027" is a period, not someone born in 1924
        return None if born and born <= date.today() else False

    def rescore(self, text: str, result: RecognizerResult) -> float:
        digits = self._digits(text[result.start : result.end])
        score = result.score
        if cpr_passes_mod11(digits):
            score += self.MOD11_BONUS
        if _CPR_SAID_AFTER.match(text, result.end):
            return min(score + self.CONTEXT_BONUS, 1.0)
        before = words_before(text, result.start)
        by_phone = len(before) > 1 and before[-2] in ("over", "i", "pr", "per", "via")
        if (nearest_cue(before[-1:], self.PHONE_LABELS) == 0 or before[-1:] == [self.CALL_WORD]) and not by_phone:
            return self.NEGATIVE_SCORE  # "tlf. 2803954170"; not "fået dem over telefonen: 210386-1120"
        if (self._adjacent_label(before) or self._adjacent_label(self._before_a_list(before))
                or _SERIAL_BEFORE.search(text, max(0, result.start - 8), result.start)):
            return self.NEGATIVE_SCORE  # also a list's later numbers: "Lot 150326-1187 og 150326-1188"
        if _ACCOUNT_BEFORE.search(text, max(0, result.start - 24), result.start):
            return self.NEGATIVE_SCORE  # "Ny lønkonto: reg. 6695 2004117733": an account number
        if len(digits) == 10 and text[result.start : result.end].isdigit() and _REG_NUMBER_BEFORE.search(
            text, max(0, result.start - 6), result.start
        ):
            return self.NEGATIVE_SCORE
        code = _CODE_BEFORE.search(text, max(0, result.start - 8), result.start)
        if code and not code.group(1).lower().startswith(_CPR_STEMS):
            return self.NEGATIVE_SCORE
        if self._batch_labelled(text, result.start) and nearest_cue(before, self.context_words) is None:
            return self.NEGATIVE_SCORE
        negative_words = self._in_its_sentence(text, result.start, self._after_other_numbers(before))
        named = self._named_before(text, result.start)
        if named or self._given_to_someone(before):
            negative_words = []  # "Ændring af konto for Omar Farah, 121188-1778"
        cues = self._without_absent_labels(text, result.start, before)
        negative_words = cues[len(cues) - len(negative_words):] if negative_words else []
        cue = deciding_cue(cues, self.context_words, self.NEGATIVE_CONTEXT, negative_words)
        if cue == "negative" and self._cpr_heads_the_label(text, result.start):
            cue = "positive"  # "CPR (bruges i stedet for CVR): 271083-2938": the label is the CPR number's
        if cue == "negative" and self._labels_listed(self._in_its_sentence(text, result.start, before)):
            cue = "positive"  # "cpr og konto til udbetaling: 090198-2066, reg 9570 …": the CPR number's label is listed
            # (in the number's sentence: 'Er det her et CPR-nummer? "Fakturanr. 120426-3381 …"' asks about an invoice)
        cue = cue or self._column_cue(text, result)
        if cue == "positive":
            return min(score + self.CONTEXT_BONUS, 1.0)
        if cue == "negative" or (not named and self._another_kind(text, result.start, before)) or reads_as_time_stamp(digits, text) \
                or said_to_be_a_date_code(digits, text, result.start, result.end):
            # (a full name right before makes the number that person's, whatever kinds of numbers the text named earlier:
            # "312 navne, adresser og telefonnumre … Gerda Winkel (1906521845)")
            return self.NEGATIVE_SCORE
        return min(score, 1.0)

    def _another_kind(self, text: str, start: int, before: list[str]) -> bool:
        """With no cue either way: is the number labelled as another kind ("Målernr. 0312871543"), or does its line
        name another kind of numbers in the plural before it ("Her er en række kundenumre fra systemet. Hvorfor har
        nogle en bindestreg? 170684-2211, …"), and no CPR numbers?"""
        if before and self._labels_another_number(before[-1]):
            return True
        if len(before) > 1 and before[-1] in ("fx", "eksempelvis", "e.g") and self._labels_another_number(before[-2]):
            return True  # "nummereret med dato og løbenummer, fx 120347-0031": another number's example
        if len(before) > 1 and before[-1] in ("som", "like", "fx") and before[-2] in _EXAMPLE_WORDS:
            # "en kolonne "Kundenr." med værdier som 2811541234 og 0703921187": a label's examples
            words = words_before(text, start, count=4)[:-2]  # (read afresh: a list's later number gets only its own words)
            if words[-1:] in (["med"], ["with"]):
                words = words[:-1]
            if words and self._labels_another_number(words[-1]):
                return True
        run = _NUMBERS_BEFORE.search(text, max(0, start - 160), start)
        if run and self._another_kind(text, run.start(), words_before(text, run.start())):
            return True  # "lod nr. 120485-2231, 030790-1184 og 151162-0047": a list of numbers keeps its first one's label
        if len(before) > 1 and before[-1] in ("er", "is") and self._subject_labels_another_number(text, start):
            return True  # "Elevatorens anlægsnummer er 120394-1187", "Vores kundenummer hos leverandøren er 230480-7764"
        if (len(before) > 1 and before[-1] in _NUMBER_WORDS and len(before[-2]) > 2 and before[-2].replace("-", "").isalpha()
                and before[-2] not in FUNCTION_WORDS and before[-2] not in _WHICH_NUMBER
                and not before[-2].startswith(_CPR_STEMS)):
            return True  # "booking nr. 140726-2031", "Tur nr. 2311260745": the number of something else
        label = _LABEL_PHRASE.search(text, text.rfind("\n", 0, start) + 1, start)
        head = label.group(1).lower() if label else ""
        if self._labels_another_number(head) and not head.startswith(_CPR_STEMS):
            return True  # "Lotnummer på influenzavaccinerne: 240926-1873": the label heads its phrase before the colon
        if text[:start].rstrip(" \t").endswith(":"):
            words = self._in_its_sentence(text, start, words_before(text, start, count=12, reach=120), reach=120)
            if (any(map(self._labels_another_number, words)) and not any(w.startswith(_CPR_STEMS) for w in words)
                    and nearest_cue(words, self.context_words) is None and not any(map(self._first_name, words))):
                return True  # "Hjælp mig med at forstå dette ordrenummer fra vores leverandør af hjælpemidler: 150925-7781"
        if self._name_other_numbers_only(words_before(text, start, count=40, reach=300)):
            return True
        line_start = text.rfind("\n", 0, start) + 1
        heading = _LIST_HEADING_ABOVE.search(text, max(0, line_start - 301), line_start)
        own_words = re.findall(r"[^\W\d_]+", text[line_start:start].lower())
        # (a first name before it, or a full name: "Ole 150384-2217" is Ole's, and "Ida Munk 080913 4822" is Ida Munk's)
        if heading and not (own_words and any(map(self._first_name, own_words[-2:]))):
            # "Prøve-ID'er fra laboratoriet, uge 27:" over "160625-0412 Nordstranden": the list's kind; or its column named
            # by another number's label in a heading of more words than a field's label ("Bestillingsliste (varenr. i første
            # kolonne):" over "120485-3321 vingaveæske"; not "P-nummer:" over a number alone)
            words = [w.lower() for w in re.findall(r"[\w-]+", heading.group(1).replace("'er", "er").replace("’er", "er"))]
            return self._name_other_numbers_only(words) or (
                not own_words and len(words) > 2 and any(map(self._labels_another_number, words))
                and not any(w.startswith(_CPR_STEMS) for w in words))
        return False

    def _subject_labels_another_number(self, text: str, start: int) -> bool:
        """Is the number, after "er", what its sentence's subject names: another number's label, maybe with what it
        belongs to between ("Vores kundenummer hos leverandøren af værgemålssystemet er …", "Sikkerhedsnummeret på
        vores nye fotokopimaskine er …")? Not past a CPR cue nearer the number ("Kundenr. og cpr-nummer er …")."""
        words = self._in_its_sentence(text, start, words_before(text, start, count=10, reach=100), reach=100)
        for word in reversed(words[:-1]):
            if word.startswith(_CPR_STEMS) or nearest_cue([word], self.context_words) == 0:
                return False
            if self._labels_another_number(word) or (word.endswith(_DEFINITE_LABEL_ENDINGS) and len(word) > 9):
                return True
        return False

    def _adjacent_label(self, before: list[str]) -> bool:
        """Does a job's, booking's or batch's label stand right before, also as a compound's last part
        ("Filament-batch 150623-0042")?"""
        return bool(before) and (nearest_cue(before[-1:], self.ADJACENT_LABELS) == 0
                                 or before[-1].rpartition("-")[2] in self.ADJACENT_LABELS)

    @staticmethod
    def _named_before(text: str, start: int) -> bool:
        """Does a person's full name stand right before the number (``_FULL_NAME_BEFORE``)? Its first word a first name, or
        its last no ordinary word: not a firm's "Klarvand Analyse:" after "Kundenr. hos"."""
        match = _FULL_NAME_BEFORE.search(text, max(0, start - 60), start)
        if not match:
            return False
        words = re.findall(r"[^\W\d_]+", match.group().split(",")[0])
        names, homographs = load_names()
        last = words[-1]
        # (a surname that is an everyday word too, or two words joined, is no name after a word that is not a first name:
        # "Digital Post:", a farm's "Tvedhøj Bærgård:")
        return names.get(words[0].lower()) in ("first", "both") or not (ordinary_word(last, names) or last.lower() in homographs)

    @staticmethod
    def _before_a_list(before: list[str]) -> list[str]:
        """``before`` without the numbers of the list this number ends and the words that join them."""
        def ten_digits(word):
            return sum(c.isdigit() for c in word) == 10

        end = len(before)
        while end and (before[end - 1] in _LIST_JOINS or before[end - 1] in _RANGE_JOINS or ten_digits(before[end - 1])):
            end -= 1
        return before[:end] if any(map(ten_digits, before[end:])) else before

    def _name_other_numbers_only(self, words: list[str]) -> bool:
        """Do ``words`` name another kind of numbers in the plural and no CPR numbers?"""
        return any(map(self._names_other_numbers, words)) and not any(w.startswith(_CPR_STEMS) for w in words)

    def _without_absent_labels(self, text: str, start: int, before: list[str]) -> list[str]:
        """``before`` without another number's label that the text says is missing: "47 opslag i CPR-registret uden
        sagsnummer, bl.a. på 100263-2590 og 281177-1409" names no case number, so "sagsnummer" labels nothing here."""
        absent = {m.group(1).rstrip(".:").lower() for m in _ABSENT_LABEL.finditer(text, max(0, start - 200), start)}
        return ["" if word in absent and nearest_cue([word], self.NEGATIVE_CONTEXT) == 0 else word for word in before]

    @staticmethod
    def _given_to_someone(before: list[str]) -> bool:
        """Does a first name stand right before the number, after a word that gives it to someone ("faktura for amalie
        110307 4807")? The number is that person's, whatever the label further back."""
        if len(before) < 2 or before[-2] not in _FOR_SOMEONE:
            return False
        return DkCprRecognizer._first_name(before[-1])

    @staticmethod
    def _first_name(word: str) -> bool:
        """Is ``word`` a first name (not also an everyday word)? A name before a number makes it that person's."""
        names, homographs = load_names()
        return names.get(word) in ("first", "both") and word not in homographs

    @staticmethod
    def _cpr_heads_the_label(text: str, start: int) -> bool:
        """Is the number's line a label and its colon, the label headed by a CPR word?"""
        label = _LINE_LABEL.match(text, text.rfind("\n", 0, start) + 1, start)
        return bool(label) and label.group(1).lower().startswith(_CPR_STEMS)

    def _batch_labelled(self, text: str, start: int) -> bool:
        """Does a recalled batch's label stand earlier in the number's sentence (``BATCH_LABELS``)?"""
        words = self._in_its_sentence(text, start, words_before(text, start, count=20, reach=120), reach=120)
        return any(word.startswith(self.BATCH_LABELS) for word in words)

    @staticmethod
    def _in_its_sentence(text: str, start: int, words: list[str], reach: int = 60) -> list[str]:
        """The last of ``words`` (read within ``reach`` characters) that stand in the number's own sentence: another
        number's label in a sentence before speaks of that number ("… oplyse cpr og konto. Hun har nu sendt: 090198-2066")."""
        window = text[max(0, start - reach) : start].rpartition("\n")[2]
        ends = list(_SENTENCE_END.finditer(window))
        if not ends or not words:
            return words
        tail = window[ends[-1].end() :]
        count = len(words_before(tail, len(tail), count=len(words)))
        return words[len(words) - count :] if count else []

    def _labels_listed(self, before: list[str]) -> bool:
        """Is the nearer label of another number listed with a CPR cue before it, only labels and joining words
        between them ("cpr og konto: …", "CPR-nr., telefon og kontonummer: …")? The values follow in one list, and a
        number shaped as a CPR number with a real birth date is the CPR number's. So is a CPR number said to stand on
        the other label's paper ("skrevet borgerens fulde cpr på fakturaen (310566-1095 …)")."""
        plus, minus = nearest_cue(before, self.context_words), nearest_cue(before, self.NEGATIVE_CONTEXT)
        if plus is None or minus is None or minus >= plus:
            return False
        labels = (*self.context_words, *self.NEGATIVE_CONTEXT, *self.PHONE_LABELS, *_NUMBER_WORDS)
        between = before[len(before) - plus : len(before) - 1 - minus]
        return all(word in _LIST_JOINS or word in _PLACED_ON or nearest_cue([word], labels) == 0 for word in between)

    def _column_cue(self, text: str, result: RecognizerResult) -> str | None:
        """In a pasted table the number's label is its column's header: "cpr" or "personnummer" is a cue, another
        number's label ("varenr", "serienummer", "kundenr") says the column holds those numbers.

        Only for a number alone in its cell under a header of a few words without digits: lines of prose with a
        comma each ("Firma: Lindely ApS, CVR 12345678" over "Barn: Ida Holm, 190509-4382") read as a table too.
        """
        header = header_cell(text, result.start)
        if not header or any(c.isdigit() for c in header) or len(header.split()) > 3:
            return None
        if any(len(cell.split()) > 3 for cell in header_row(text, result.start)):
            return None  # a heading of prose with a comma over "Klager: Leila Mansour, 171182–2166" heads no column
        line_start = text.rfind("\n", 0, result.start) + 1
        if not (_CELL_START.search(text, line_start, result.start) and _CELL_END.match(text, result.end)):
            return None
        words = header_words(header)
        if header_has_cue(words, self.context_words):
            return "positive"
        value = text[result.start : result.end]
        p_numbers = set(words) & {"p-nr", "p-nummer", "pnr"} or "p" in words  # ("CVR/P-nr": words "cvr", "p", "nr")
        if "cvr" in words and not p_numbers and (not value.isdigit() or len(value) == 10):
            return None  # a CVR column holds eight digits: a date and a serial there, or ten digits, is a sole trader's CPR
            # number ("Knapperiet v/ Hanne Juul;120468-1658", "| Træpleje v/ Jonas Kirk | 0707833211 |")
        if header_has_cue(words, self.NEGATIVE_CONTEXT) or any(map(self._labels_another_number, words)):
            return "negative"
        if header.strip(" \t*.:").lower() in self.NEGATIVE_CONTEXT:
            return "negative"  # a hyphened label the words split: "Prøve-ID" over "030524-0007"
        joined = "".join(words)
        if self._labels_another_number(joined) and not joined.startswith(_CPR_STEMS) and nearest_cue([joined], self.context_words) is None:
            return "negative"  # any other number's short label: "HG-nr" over "131125-0042" (not "Pers.nr.")
        if self._name_other_numbers_only(re.findall(r"[^\W\d_-]+(?:-[^\W\d_]+)*", text[max(0, line_start - 400) : line_start].lower())):
            return "negative"  # the text names the column's kind above the table: "Mastenumrene er bygget af …" over
            # "Mast;Type" and "151098-2208;LED"
        return None

    @staticmethod
    def _after_other_numbers(words: list[str]) -> list[str]:
        """The words after the last number of four digits or more but not ten: a label before that number is its
        own ("Sagsnr 2024-0012 vedr. 070761-0913"); a list of numbers like this one keeps its label ("Fakturanr.
        0707610913, 0807620123"), and so does a label's own small number ("Måler 1: 1203871145")."""
        for i in range(len(words) - 1, -1, -1):
            digits = sum(c.isdigit() for c in words[i])
            if digits >= 4 and digits != 10:
                return words[i + 1 :]
        return words

    @staticmethod
    def _labels_another_number(word: str) -> bool:
        """Is ``word`` right before the number a label for some other number ("Målernr. 0312871543",
        "inventarnummer 1709904421")? A CPR number's own labels are cues and decided before this."""
        return (any(word.endswith(ending) and len(word) > len(ending) + 1 for ending in OTHER_NUMBER_LABEL_ENDINGS)
                and word not in _CODE_VERBS)

    @staticmethod
    def _names_other_numbers(word: str) -> bool:
        """Is ``word`` a kind of numbers in the plural, not CPR numbers ("målernumrene ser sådan ud: …", "Vores
        bookingreferencer i Turbog ser sådan ud: …", a list's heading "Prøve-ID'er fra laboratoriet:")? A text
        that names the kind before listing them speaks of those; a phone or case number in the singular further
        back labels only its own number."""
        return (word.endswith(("numre", "numrene", "referencer", "referencerne", "-ider", "-iderne",
                               # a row or a series of them: "en deltager-ID-række i turneringssystemet: 240687-0001, …"
                               "-id-række", "-id-rækken", "-id-serie", "-id-serien", "nummerrække", "nummerrækken",
                               "nummerserie", "nummerserien"))
                and len(word) > 7 and not word.startswith(_CPR_STEMS))

    @staticmethod
    def _digits(pattern_text: str) -> str:
        """The ten digits of the number: a four-digit year written in a date gives its last two."""
        digits = "".join(c for c in pattern_text if c.isdigit())
        return digits[:4] + digits[6:] if len(digits) == 12 else digits

