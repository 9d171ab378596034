"""The base of the Danish pattern recognizers: presidio's layout, our cue scoring."""

from presidio_analyzer import PatternRecognizer


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
        )
        self.context_words = context or self.CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            result.score = self.rescore(text, result)
        return results

    def rescore(self, text, result) -> float:
        return result.score
