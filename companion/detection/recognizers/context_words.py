"""Find cue words near a match without relying on the spaCy pipeline.

presidio's own context enhancer compares lemmas, and the small Danish
pipelines (and the blank tokenizer in degraded mode) have no lemmatizer, so
the Danish recognizers look at the surrounding words themselves.
"""

import csv
import re
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

#: Danish and English function words: never names on their own. Prompts mix in
#: English ("Can this be shorter?").
FUNCTION_WORDS = frozenset(STOP_WORDS | ENGLISH_STOP_WORDS)
#: … of which the Danish ones: an English one is a name in a Danish sentence after a cue ("hustruen Else").
DANISH_FUNCTION_WORDS = frozenset(STOP_WORDS)

#: Endings of a Danish noun in the definite: "Oplysningerne", "Projektet", "Skolen".
DEFINITE_ENDINGS = ("erne", "ene", "ne", "et", "en")

#: How people write the Danish letters on a keyboard or phone without them: "maa ikke deles foer mødet", "Soeren".
#: (In this order: "aa" is read before "ae", as "aae" is more often "åe" than "aæ".)
PLAIN_LETTERS = {"å": "aa", "ø": "oe", "æ": "ae", "Å": "AA", "Ø": "OE", "Æ": "AE"}


def with_danish_letters(lowered: str) -> str:
    """``lowered`` as written with the Danish letters it was typed without ("maa" → "må", "soeren" → "søren")."""
    if "aa" not in lowered and "oe" not in lowered and "ae" not in lowered:
        return lowered  # most words (this is asked of every word a name list looks up)
    for letter, plain in PLAIN_LETTERS.items():
        if letter.islower():
            lowered = lowered.replace(plain, letter)
    return lowered

_WORD = re.compile(r"[\wæøåÆØÅ][\wæøåÆØÅ.\-]*", re.UNICODE)


def starts_a_word(text: str, start: int) -> bool:
    """Does ``start`` begin a word: not after a letter, a digit, ``_`` or ``-``, as the patterns' look-behinds say?"""
    before = text[start - 1 : start]  # "" at the text's start
    return not (before.isalnum() or before in ("_", "-"))


def words_before(text: str, start: int, count: int = 5, reach: int = 60) -> list[str]:
    """Return up to ``count`` lower-case words before ``start`` on the same line, nearest last.

    A cue on the line above belongs to that line's number ("P-nummer: …\n070761-0913").
    """
    window = text[max(0, start - reach) : start].rpartition("\n")[2]
    return [w.rstrip(".:").lower() for w in _WORD.findall(window)][-count:]


def nearest_cue(words: list[str], cues, prefix: bool = True) -> int | None:
    """Return how many words back the nearest cue stands (0 = adjacent), or None.

    With ``prefix`` a cue of four or more letters also matches the start of a
    word, so ``personnummer`` matches ``personnummeret``; shorter cues match
    whole words only (else ``reg`` would match "reglerne").
    """
    for distance, word in enumerate(reversed(words)):
        if word in cues or (
            prefix and not word.startswith(_NOT_CUE_STEMS) and any(len(cue) >= 4 and word.startswith(cue) for cue in cues)
        ):
            return distance
    return None


#: Words that begin like a cue but are another word: an office ("kontoret") is no account ("konto").
_NOT_CUE_STEMS = ("kontor",)


def deciding_cue(words: list[str], positive, negative, negative_words: list[str] | None = None) -> str | None:
    """Say which cue decides a match: "negative" if it stands nearer than any positive one.

    ``negative_words``, the last words of ``words``, narrows where a negative cue counts (default: all of them).
    """
    plus = nearest_cue(words, positive)
    minus = nearest_cue(words if negative_words is None else negative_words, negative)
    if minus is not None and (plus is None or minus < plus):
        return "negative"
    return "positive" if plus is not None else None


_SEPARATORS = (",", ";", "\t", "|")
# SQL's "INSERT INTO borger (cpr, navn, tlf) VALUES ('0107781236', 'T. Sivakumar', '31224809')".
_SQL_INSERT = re.compile(r"\(([^()\n]+)\)\s*VALUES\s*\(([^()\n]*)$", re.IGNORECASE)


def _cells(line: str, separator: str) -> list[str]:
    """A table line's cells; quoted cells may hold the separator ('"Kristensen, Marianne"'). A carriage return
    inside the line (typed text may hold one) is read as a space, and a line the csv module refuses is split
    plainly."""
    try:
        return next(csv.reader([line.replace("\r", " ")], delimiter=separator, quotechar='"', skipinitialspace=True), [])
    except csv.Error:
        return [cell.strip() for cell in line.split(separator)]


#: A Markdown table's header line: a line with a pipe over its rule ("| Navn | Klasse |" over "|---|---|").
MARKDOWN_HEADER = re.compile(r"[^\n]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}")


def line_around(text: str, position: int) -> str:
    """The line of ``text`` that holds ``position``."""
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : len(text) if end == -1 else end]


def column_header(text: str, start: int) -> list[str]:
    """The lower-case words of the header cell above ``start`` in a pasted table, or [].

    A value in a CSV, semicolon, tab or pipe table, or in an SQL INSERT, has its cue in the header, not
    beside it ("navn;cpr;telefon" … "Kirsten Vad;050162-1328;22 91 43 06"). The header is the first line
    of the block of lines that split into the same number of cells.
    """
    return header_words(header_cell(text, start))


def header_words(cell: str) -> list[str]:
    """The lower-case words of a header cell, without digits or punctuation ("Målernr." → ["målernr"])."""
    return re.findall(r"[^\W\d_]+", cell.lower())


def header_row(text: str, start: int) -> list[str]:
    """Every header cell of the pasted table above ``start`` as written, or [] outside a table."""
    table = _table_headers(text).get(text.rfind("\n", 0, start) + 1)
    return table[1] if table else []


def header_cell(text: str, start: int) -> str:
    """The header cell above ``start`` as written (``column_header``), or ""."""
    line_start = text.rfind("\n", 0, start) + 1
    sql = _SQL_INSERT.search(text, line_start, start)
    if sql:
        names, values = sql.group(1).split(","), _cells(sql.group(2), ",")
        column = max(len(values) - 1, 0) if text[start - 1 : start] in "'\"" else len(values)
        return names[column] if column < len(names) else ""
    table = _table_headers(text).get(line_start)
    if table is None:
        return ""
    separator, names = table
    column = len(_cells(text[line_start:start] + "x", separator)) - 1
    return names[column] if column < len(names) else ""


@lru_cache(maxsize=8)
def _table_headers(text: str) -> dict[int, tuple[str, list[str]]]:
    """{start of a table line below a header: (separator, header cells)}, in one pass over the text
    (the recognizers ask once per number or cell; a long CSV must not be read again for each)."""
    headers, block = {}, None
    position = 0
    for line in text.split("\n"):
        # a table's own separator first: a tab table's cells may hold commas ("19.12\tML, KW, JW\tMH")
        cells = _cells(line, block[0]) if block else []
        if block and len(cells) == block[1]:
            separator = block[0]
        else:
            separator = max(_SEPARATORS, key=line.count)
            cells = _cells(line, separator) if line.count(separator) else []
        if len(cells) >= 2 and block and block[0] == separator and block[1] == len(cells):
            headers[position] = (separator, block[2])
        else:
            block = (separator, len(cells), cells) if len(cells) >= 2 else None
        position += len(line) + 1
    return headers


def in_table_header(text: str, start: int) -> bool:
    """Is ``start`` on the header line of a pasted table ("Navn;Cpr;Stilling;Anciennitet")? A first line
    with digits is data: a table pasted without its header. Two lines of prose with a comma each look like a
    comma table too ("Hi Ms Rytter, we were told …" over "Thanks, Daniel"): a comma header's cells are a few
    words each, none empty ("Hej Morten, " over a sentence with a comma is a greeting)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    headers = _table_headers(text)
    table = headers.get(line_end + 1)
    return (
        line_end != -1 and table is not None and line_start not in headers
        and not any(c.isdigit() for c in text[line_start:line_end])
        and (table[0] != "," or (all(0 < len(header_words(cell)) <= 3 for cell in table[1])
                                 and not _FIELD_LABEL.match(text, line_start, line_end)))
    )


#: The Danish weekdays, short and long, as a rota or opening hours label their lines ("Man: …", "Tirsdag: …").
WEEKDAY_LABELS = "man|tir|tirs|ons|tor|tors|fre|lør|søn|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"


# A line opening with a label and its colon holds a field's values, not a table's column names: "Man: Helle (lukning),
# Oliver, Emma" in a rota.
_FIELD_LABEL = re.compile(r"[ \t]*[^\W\d_]{2,20}\.?:[ \t]+\S")


def header_has_cue(words: list[str], cues) -> bool:
    """Does a header cell name the column with a cue, also inside a compound ("lønkonto", "mobilnr")?"""
    return any(word == cue or (len(cue) >= 4 and cue in word) for word in words for cue in cues)
