"""The base of the Danish pattern recognizers: presidio's layout, our cue scoring."""

import presidio_analyzer
import regex as regex_module  # presidio's Pattern calls its text `regex`
from presidio_analyzer import PatternRecognizer

#: The flags every Danish pattern is matched with (presidio's default for a ``PatternRecognizer``).
MATCH_FLAGS = regex_module.DOTALL | regex_module.MULTILINE | regex_module.IGNORECASE


class Pattern(presidio_analyzer.Pattern):
    """presidio's ``Pattern``, compiled once, with the flags it is matched with.

    presidio compiles a pattern without flags to check it, drops that, and compiles it again with
    its matching flags at the first scan. For the marker grammar and the other long patterns each
    round costs about two seconds, once at start-up and once in the first user's scan.
    """

    def __init__(self, name: str, regex: str, score: float):
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score {score} for pattern {name}: it must lie between 0 and 1")
        try:
            compiled = regex_module.compile(regex, flags=MATCH_FLAGS)
        except regex_module.error as error:
            raise ValueError(f"Invalid regex pattern {name}: {error}") from None
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = compiled
        self.compiled_with_flags = MATCH_FLAGS


class DanishPatternRecognizer(PatternRecognizer):
    """A presidio ``PatternRecognizer`` for Danish text with the house defaults.

    Subclasses set ``ENTITY``, ``PATTERNS`` and ``CONTEXT``; those that weigh
    cue words (``context_words``) do it in ``rescore(text, result) -> float``,
    which sees each validated match.
    """

    ENTITY = ""
    PATTERNS = []
    CONTEXT = []

    def __init__(self, patterns=None, context=None, supported_language="da", supported_entity=None, name=None):
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns or self.PATTERNS,
            context=[],  # cues are scored in rescore, not by presidio's lemma-based enhancer
            supported_language=supported_language,
            name=name,
            global_regex_flags=MATCH_FLAGS,
        )
        self.context_words = context or self.CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            result.score = self.rescore(text, result)
        return results

    def rescore(self, text, result) -> float:
        return result.score
