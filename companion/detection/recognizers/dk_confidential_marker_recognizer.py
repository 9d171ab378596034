"""Markings of confidential or unpublished material in Danish documents.

What KL's guide calls confidential or business-critical material usually says
so on its face:
- the state's classification levels (``TIL TJENESTEBRUG``, ``FORTROLIGT``,
  ``HEMMELIGT``, ``YDERST HEMMELIGT``; Sikkerhedscirkulæret), written in capitals;
- ``strengt fortroligt``, ``må ikke videregives``, ``kun til intern brug``,
  ``personfølsomt``;
- embargoes (``under embargo til 3. december kl. 10.00``,
  ``må ikke offentliggøres før 1. marts``) and drafts of press releases not
  yet published;
- closed agenda items (``lukket punkt``, ``lukket møde``).

A prompt that asks about confidentiality as a topic ("Hvad betyder
tavshedspligt?", "forskellen på fortroligt og til tjenestebrug") or asks the
AI to write a new press release carries no marker, so such sentences are
dropped.

Examples (made up): ``FORTROLIGT – personalesag``, ``Punkt 7 (lukket punkt)``.
"""

import re

from presidio_analyzer import Pattern

from .danish_pattern_recognizer import DanishPatternRecognizer

COUNTRY_CODE = "dk"

_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
_WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
# "3. december", "3/12", "fredag", "i morgen", "byrådsmødet den 27. maj", optionally "kl. 10.00".
_WHEN = (
    rf"(?:(?:den\s+)?\d{{1,2}}\.?\s*(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?"
    rf"|(?:på\s+)?(?:{_WEEKDAYS})|i\s+morgen|i\s+overmorgen|(?:\w+mødet|mødet|offentliggørelsen|pressemødet)"
    rf"(?:\s+den\s+\d{{1,2}}\.?\s*(?:{_MONTHS}))?)"
    rf"(?:\s+kl\.?\s*\d{{1,2}}(?:[.:]\d{{2}})?)?"
)


class DkConfidentialMarkerRecognizer(DanishPatternRecognizer):
    """Recognize confidentiality, embargo and closed-meeting markings in Danish text."""

    PATTERNS = [
        # Classification levels are written in capitals; case is part of the signal.
        Pattern("classification (strong)", r"(?-i:\b(?:YDERST\s+HEMMELIGT|HEMMELIGT|FORTROLIGT|TIL\s+TJENESTEBRUG|PERSONFØLSOMT)\b)", 0.9),
        Pattern("strengt fortroligt (strong)", r"\bstrengt\s+fortroligt?\b", 0.9),
        Pattern("restriction (strong)", rf"\bmå\s+ikke\s+(?:videregives|deles|offentliggøres)(?:\s+(?:før|inden)\s+{_WHEN})?", 0.85),
        Pattern("internal use (strong)", r"\b(?:kun|alene)\s+til\s+intern(?:t)?\s+brug\b", 0.85),
        Pattern("embargo (strong)", rf"\b(?:under\s+)?embargo\b(?:\s*(?:til|indtil|:)\s*{_WHEN})?", 0.85),
        Pattern("unpublished (strong)", r"\b(?:endnu\s+)?ikke\s+offentliggjort(?:\s+endnu)?\b", 0.75),
        Pattern("draft press release (medium)", r"\budkast\s+til\s+pressemeddelelse\b(?:\s*[–-]\s*ikke\s+offentliggjort)?", 0.6),
        Pattern("closed agenda item (strong)", r"\blukket\s+(?:punkt|møde|dagsordenspunkt|dagsorden)\b|\blukkede\s+punkter\b", 0.85),
        # A marking in a heading or footer line in any case: at the start of the line, after a
        # dash ("Udskrevet fra Nexus … – Fortroligt"), or in brackets; it ends the line or a part of it.
        Pattern(
            "marking in a heading (medium)",
            r"(?:^|(?<=[\[(])|(?<=[–-]\s))\s*(?:til\s+tjenestebrug|fortroligt?|personfølsomt|hemmeligt)\b(?=\s*(?:[:.\-–)\]\n]|$))",
            0.75,
        ),
        # "Dette notat er fortroligt", "behandles fortroligt".
        Pattern("fortroligt in a sentence (weak)", r"\b(?:er|behandles|holdes|markeret|betragtes\s+som)\s+(?:strengt\s+)?fortroligt?\b", 0.6),
    ]
    ENTITY = "CONFIDENTIAL_MARKER"
    CONTEXT = []
    # Words that make a sentence a question about the topic, not a marking.
    TOPIC_CUES = re.compile(
        r"\b(?:hvad\s+(?:betyder|er|indebærer|menes)|forskellen|forskel\s+på|forklar|definition|begrebet"
        r"|hvornår\s+(?:er|må|skal)|hvordan\s+(?:håndterer|behandler|skal)|regler(?:ne)?\s+for|hvad\s+siger"
        r"|må\s+man|må\s+jeg|kan\s+man)\b",
        re.IGNORECASE,
    )
    # Asking the AI to write something new: "Skriv en pressemeddelelse om …".
    WRITE_REQUEST = re.compile(
        r"\b(?:skriv|lav|udarbejd|formulér|formuler|foreslå|giv\s+mig|hjælp\s+(?:mig\s+)?med\s+at\s+skrive)\b[^.\n]{0,40}$",
        re.IGNORECASE,
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if self._quoted(text, result.start, result.end):
                continue  # 'lukket punkt' in quotes is talked about, not used

            sentence = self._sentence_around(text, result.start, result.end)
            lead = text[max(0, result.start - 80) : result.start]
            lead = lead[max(lead.rfind(mark) for mark in (".", "?", "!", "\n")) + 1 :]
            if self.TOPIC_CUES.search(lead) or (self.TOPIC_CUES.search(sentence) and sentence.rstrip().endswith("?")):
                continue  # the sentence asks about confidentiality; it is not a marking
            if "pressemeddelelse" in text[result.start : result.end].lower() and self.WRITE_REQUEST.search(lead):
                continue  # "Skriv et udkast til pressemeddelelse om …" asks for a new text
            kept.append(result)
        return self._longest_first(kept)

    @staticmethod
    def _longest_first(results):
        """Of overlapping markings keep the longest: "Udkast til pressemeddelelse – ikke offentliggjort"."""
        chosen = []
        for result in sorted(results, key=lambda r: r.end - r.start, reverse=True):
            if all(result.end <= c.start or result.start >= c.end for c in chosen):
                chosen.append(result)
        return sorted(chosen, key=lambda r: r.start)

    @staticmethod
    def _quoted(text, start, end) -> bool:
        before, after = text[start - 1 : start], text[end : end + 1]
        return before in ("'", '"', "‘", "“", "»", "«") and after in ("'", '"', "’", "”", "«", "»")

    @staticmethod
    def _sentence_around(text, start, end):
        left = max(text.rfind(mark, 0, start) for mark in (".", "?", "!", "\n"))
        rights = [i for i in (text.find(mark, end) for mark in ("?", "!", "\n")) if i != -1]
        dot = text.find(". ", end)
        if dot != -1:
            rights.append(dot)
        right = min(rights) + 1 if rights else len(text)
        return text[left + 1 : right]
