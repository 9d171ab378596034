"""The base of the Danish pattern recognizers: presidio's layout, our cue scoring."""

import logging

import presidio_analyzer
import regex as regex_module  # presidio's Pattern calls its text `regex`
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

from .required_words import PatternGate, words_for

logger = logging.getLogger(__name__)

#: The flags every Danish pattern is matched with (presidio's default for a ``PatternRecognizer``).
MATCH_FLAGS = regex_module.DOTALL | regex_module.MULTILINE | regex_module.IGNORECASE


class Pattern(presidio_analyzer.Pattern):
    """presidio's ``Pattern``, compiled once, with the flags it is matched with.

    presidio compiles a pattern without flags to check it, drops that, and compiles it again with
    its matching flags at the first scan. Here a pattern is compiled once (``compile``): at the first
    text that holds its required words, or earlier by the scanner's warm-up (``Scanner``), between scans
    after start-up. Compiling all of them takes about three seconds, which would otherwise keep the
    companion from answering for that long after it starts. A pattern of
    several branches is never compiled whole, only its branches are (``DanishPatternRecognizer``).

    ``required`` holds the words no match can lack (``required_words``): a text without them is not searched.
    """

    def __init__(self, name: str, regex: str, score: float):
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score {score} for pattern {name}: it must lie between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_with_flags = MATCH_FLAGS

    def compile(self) -> "Pattern":
        """Compile the pattern; a broken one is refused with its name."""
        if "compiled_regex" not in self.__dict__:
            try:
                # two threads may both compile it (a scan and the warm-up): the same pattern either way
                self.compiled_regex = regex_module.compile(self.regex, flags=MATCH_FLAGS)
            except regex_module.error as error:
                raise ValueError(f"Invalid regex pattern {self.name}: {error}") from None
        return self

    def __getattr__(self, name):
        # only for what is not there yet: a pattern first used before the warm-up reached it
        if name == "compiled_regex":
            return self.compile().compiled_regex
        if name == "required":  # read when first needed: a pattern split in branches never needs its own
            self.required = words_for(self.regex)
            return self.required
        raise AttributeError(name)


def top_level_alternatives(regex: str) -> list[str]:
    """The branches of ``regex``'s outermost alternation ("a|b(c|d)" → ["a", "b(c|d)"]), or [regex].

    The regex engine tries a long alternation at every position of a text; each branch alone starts from its own
    literal words and is skipped, by its own required words, in a text that lacks them. Split so, the marker
    grammar's patterns take about half the time and find the same markings. (Splitting the first group with
    branches as well, "x(?:a|b)y" into "x(?:a)y" and "x(?:b)y", quadrupled the patterns and saved nothing more.)
    """
    cuts, depth, i = [], 0, 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a character class: its "(", ")" and "|" are members
            i += 1
            if regex[i : i + 1] == "^":
                i += 1
            if regex[i : i + 1] == "]":
                i += 1
            while i < len(regex) and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            cuts.append(i)
        i += 1
    return [regex[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(regex)])]


def _branches_of(pattern: Pattern) -> list[Pattern]:
    """A pattern of several branches as one pattern per branch, with its name and score (``top_level_alternatives``).

    The branches are kept on the pattern, so that every recognizer built from it (the native host builds two
    scanners) shares them and each branch is compiled once per process.
    """
    if "branches" not in pattern.__dict__:
        branches = top_level_alternatives(pattern.regex)
        pattern.branches = [pattern] if len(branches) == 1 else [
            Pattern(f"{pattern.name}, branch {i}", branch, pattern.score) for i, branch in enumerate(branches, 1)]
    return pattern.branches


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
        patterns = [part for pattern in patterns or self.PATTERNS for part in _branches_of(pattern)]
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns,
            context=[],  # cues are scored in rescore, not by presidio's lemma-based enhancer
            supported_language=supported_language,
            name=name,
            global_regex_flags=MATCH_FLAGS,
        )
        self.context_words = context or self.CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """presidio's pattern matching (validation, duplicates), skipping the patterns whose required words the
        text lacks and the explanation presidio builds for every match only to drop it."""
        results = []
        for pattern, may_match in zip(self.patterns, self._gate().open_to(text.casefold())):
            if may_match:
                results += self._matches(text, pattern)
        results = EntityRecognizer.remove_duplicates(results)
        for result in results:
            result.score = self.rescore(text, result)
        return results

    def _gate(self) -> PatternGate:
        """The patterns' required words, read when the first text needs them (two threads may both build it)."""
        if "gate" not in self.__dict__:
            self.gate = PatternGate([pattern.required for pattern in self.patterns])
        return self.gate

    def _matches(self, text, pattern) -> list[RecognizerResult]:
        found = []
        try:
            matches = list(pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
        except TimeoutError:  # as presidio: one pattern lost, the scan goes on (the text is never logged)
            logger.warning("Mønsteret %r nåede ikke igennem teksten på %s s (pattern timed out)", pattern.name, REGEX_TIMEOUT_SECONDS)
            return found
        for match in matches:
            start, end = match.span()
            if start == end:
                continue
            score = pattern.score
            valid = self.validate_result(text[start:end])
            if valid is not None:
                score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
            if score > EntityRecognizer.MIN_SCORE:
                found.append(RecognizerResult(
                    self.supported_entities[0], start, end, score,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                ))
        return found

    def rescore(self, text, result) -> float:
        return result.score
