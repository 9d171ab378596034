"""Health data and social-case terms (GDPR art. 9) in Danish text.

Diagnoses, treatments, medicines and the words of child and adult social
cases (``anbringelse``, ``underretning``, ``misbrug``, ``aflastning``). The
terms live in ``data/health_terms.txt``; most match inside Danish compounds
and inflections ("brystkræft", "anbringelsen", "hashmisbrug").

A term is only health data when it concerns a person. That is decided by
``analysis`` (a name, a CPR number or a personal reference in the same text,
see ``person_reference``);
this recognizer only finds the terms. Its score stays below the reporting
threshold until ``analysis`` raises it.

Examples (made up): "hun har haft depression siden foråret", "to underretninger fra skolen".
"""

import gzip
import re
from functools import lru_cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .name_words import load_names

COUNTRY_CODE = "dk"
_WORD_CHARS = r"[^\W\d_]"
#: Danish endings a term may carry, longest first.
_ENDING_LIST = ("erne", "ens", "en", "et", "er", "s", "e")
_ENDINGS = rf"(?:{'|'.join(_ENDING_LIST)})?"



@lru_cache(maxsize=1)
def _wide_terms() -> frozenset:
    """The wide list (os2ds-rules, MPL-2.0): whole words only, looked up word by word ("epilepsi", "afasi";
    as one pattern its 1,700 alternatives would be tried at every position of a long text)."""
    raw = resources.files("companion").joinpath("detection/data/health_terms_wide.txt.gz").read_bytes()
    return frozenset(t for t in gzip.decompress(raw).decode("utf-8").splitlines() if t and not t.startswith("#"))


# A capitalised word and a space just before a term: a first name, if the name lists say so.
_FIRST_NAME_BEFORE = re.compile(rf"\b([A-ZÆØÅ]{_WORD_CHARS}+) \Z")
_WORD_WITH_HYPHENS = re.compile(rf"{_WORD_CHARS}+(?:-{_WORD_CHARS}+)*")


def _wide_term_spans(text):
    """Words whose first part, without a Danish ending, is a wide-list term: "epilepsien", "afasi-patient"."""
    terms = _wide_terms()
    for match in _WORD_WITH_HYPHENS.finditer(text):
        head = match.group().split("-", 1)[0].lower()
        if head in terms or any(head.endswith(e) and head[: -len(e)] in terms for e in _ENDING_LIST):
            yield match.start(), match.end()


@lru_cache(maxsize=1)
def _term_patterns():
    """Compile the term list into (inside-words pattern, whole-word pattern, exclusions)."""
    inside, whole, excluded = [], [], []
    text = resources.files("companion").joinpath("detection/data/health_terms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("^"):  # an acronym, in capitals only: "ALS" the disease, not "Als" the island or surname
            whole.append(f"(?-i:{re.escape(line[1:].strip())})")
            continue
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            excluded.append(line[1:])
        elif line.startswith("="):
            whole.append(re.escape(line[1:]).replace(r"\ ", r"\s+"))
        else:
            inside.append(re.escape(line).replace(r"\ ", r"\s+"))
    by_length = lambda terms: sorted(terms, key=len, reverse=True)  # noqa: E731 - longest first
    inside_pattern = re.compile("|".join(by_length(inside)))  # lower case: see _matches_in_any_case
    whole_pattern = re.compile(
        rf"(?<!{_WORD_CHARS})(?:{'|'.join(by_length(whole))}){_ENDINGS}(?:-{_WORD_CHARS}+)*(?!{_WORD_CHARS})",
        re.IGNORECASE,
    )
    return inside_pattern, whole_pattern, tuple(excluded)


#: Medicines by the endings of their international non-proprietary names (the WHO's INN stems, in Danish
#: spelling, or English with a final "e"): "Clozapin", "Gabapentin", "sertraline". The list of terms cannot hold every
#: medicine; a stem needs at least three letters before it ("april" is no "-pril").
_INN_STEMS = (
    "azepam", "azolam", "zolam", "zapin", "tiapin", "napin", "xapin", "apentin", "gabalin", "oxetin", "sertralin", "alopram", "faxin", "azodon",
    "peridon", "piprazol", "prazol", "statin", "olol", "pril", "sartan", "dipin", "floxacin", "cillin", "mycin",
    "cyclin", "parin", "xaban", "profen", "fenac", "codon", "fenidat", "formin", "gliptin", "gliflozin",
    "triptylin", "glutid", "tiazid", "semid", "cetam", "trigin", "proat", "barbital", "dronat", "lukast",
    "tidin", "rizin", "xyzin", "tadin", "setron", "triptan", "nisolon", "dnison", "thyroxin", "trexat", "memantin", "donepezil",
    "grel", "grelor", "gatran", "tinib", "afil", "conazol",  # clopidogrel, ticagrelor, dabigatran, imatinib, sildenafil, fluconazol
)
_MEDICINE_BY_STEM = re.compile(rf"(?<!{_WORD_CHARS}){_WORD_CHARS}{{3,}}(?:{'|'.join(_INN_STEMS)})(?:e|en|et|s)?(?!{_WORD_CHARS})")


def _matches_in_any_case(pattern, text):
    """The matches of a lower-case ``pattern`` in ``text``, in any case.

    The lower-cased text is searched: with many alternatives, ``re.IGNORECASE`` is some ten times slower at
    every position of the text. A text that changes length when lower-cased (a dotted capital "İ") is
    searched as written, ignoring case, so the offsets are always the text's own.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return pattern.finditer(lowered)
    return re.compile(pattern.pattern, re.IGNORECASE).finditer(text)

#: A term inside a word for a service, a place or a job is about the service, not a person:
#: "misbrugskonsulent", "demensafsnittet", "aflastningsinstitution", "genoptræningsplan".
SERVICE_ENDINGS = (
    "konsulent", "konsulenten", "institution", "institutionen", "center", "centret", "centeret",
    "afsnit", "afsnittet", "afdeling", "afdelingen", "plan", "planen", "tilbud", "tilbuddet",
    "venlig", "venlige", "team", "teamet", "sygeplejerske", "koordinator", "område", "området",
    "politik", "politikken", "indsats", "strategi", "pulje", "puljen",
)


class DkHealthRecognizer(EntityRecognizer):
    """Recognize Danish health and social-case terms."""

    #: Below the reporting threshold: ``analysis`` raises it when a person is spoken of.
    TERM_SCORE = 0.3

    def __init__(self, supported_language="da", supported_entity="HEALTH_DATA", name=None):
        super().__init__(supported_entities=[supported_entity], supported_language=supported_language, name=name)

    def load(self) -> None:
        _term_patterns()
        _wide_terms()

    def analyze(self, text, entities, nlp_artifacts=None):
        if "HEALTH_DATA" not in entities:
            return []
        inside, whole, excluded = _term_patterns()
        spans = {}
        for match in _matches_in_any_case(inside, text):
            start, end = self._expand_to_word(text, match.start(), match.end())
            word = text[start:end].lower()
            if any(part in word for part in excluded) or self._names_a_service(word, match.group().lower()):
                continue
            spans[start] = max(end, spans.get(start, end))
        for match in (*whole.finditer(text), *_matches_in_any_case(_MEDICINE_BY_STEM, text)):
            spans[match.start()] = max(match.end(), spans.get(match.start(), match.end()))
        for start, end in _wide_term_spans(text):
            spans[start] = max(end, spans.get(start, end))
        return [self._result(start, end) for start, end in self._merge(spans) if not self._surname_after_a_first_name(text, start)]

    @staticmethod
    def _surname_after_a_first_name(text, start) -> bool:
        """A capitalised term right after a first name is that person's surname, as diseases take their names from
        people: "Henrik Wolff", "Louise Ehlers" (not "Morbus Crohn", nor "hans Parkinson")."""
        before = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
        if not before or not text[start : start + 1].isupper():
            return False
        names, homographs = load_names()
        first = before.group(1).lower()
        return names.get(first) in ("first", "both") and first not in homographs

    @staticmethod
    def _names_a_service(word, term) -> bool:
        return word.endswith(SERVICE_ENDINGS) and not term.endswith(SERVICE_ENDINGS)

    @staticmethod
    def _expand_to_word(text, start, end):
        """Grow a term hit to its whole (compound, hyphenated) word: "ADHD-medicin", "brystkræft"."""
        while start > 0 and (text[start - 1].isalpha() or (text[start - 1] == "-" and start > 1 and text[start - 2].isalpha())):
            start -= 1
        while end < len(text) and (text[end].isalpha() or (text[end] == "-" and end + 1 < len(text) and text[end + 1].isalpha())):
            end += 1
        return start, end

    @staticmethod
    def _merge(spans):
        merged = []
        for start, end in sorted(spans.items()):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def _result(self, start, end):
        return RecognizerResult(
            entity_type="HEALTH_DATA",
            start=start,
            end=end,
            score=self.TERM_SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
