"""The words a pattern cannot match without, so that a scan skips the patterns whose words a text lacks.

The marker grammar has about a hundred long patterns; run one by one over a prompt they cost more than the
spaCy pass, although most prompts hold none of their words. ``required_words(regex)`` reads a pattern's
syntax tree and returns sets of strings (case-folded): every match holds one string of each set. A substring
test for those is far cheaper than the regex engine trying every position of the text.

The reading is conservative: a part that may be left out (``?``, ``*``, ``{0,n}``, a negative lookaround)
requires nothing, alternatives require one of their own words each (each branch's rarest set: the one whose
shortest word is longest), and a run of fixed letters (``fortrol(?:ig|ige)``) spells its words out in full.
Python's own parser reads the syntax; ``\\K`` (the ``regex`` module's "keep what follows") only moves where
the match starts and is read as nothing. The shipped patterns' sets are read from a table at start-up
(``words_for``), as parsing them all takes half a second. ``PatternGate`` asks a recognizer's patterns all at once;
``Guarded`` puts one plain ``re`` pattern behind its words.
"""

import hashlib
import itertools
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _constants as ops
from re import _parser

#: A run of fixed letters is spelt out while it has at most this many spellings; then a new run starts.
MOST_SPELLINGS = 64
#: A pattern is only filtered on words at least this long: "og" occurs in every Danish prompt.
SHORTEST_USEFUL = 3

#: The required words of the shipped patterns, by a digest of each pattern (``tools/build_required_words.py``).
SHIPPED = Path(__file__).resolve().parent.parent / "data" / "required_words.json"

_REPEATS = (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (ops.AT,)


def words_for(regex: str) -> tuple[frozenset[str], ...]:
    """``required_words(regex)``, from the shipped table when it holds the pattern: Python's parser takes half a
    second over the marker grammar, which every start of the companion would pay. A pattern changed since the
    table was built is read afresh (a test says when to rebuild it)."""
    shipped = _shipped().get(digest(regex))
    if shipped is None:
        return required_words(regex)
    return tuple(frozenset(words) for words in shipped)


def digest(regex: str) -> str:
    return hashlib.sha1(regex.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _shipped() -> dict[str, list[list[str]]]:
    try:
        return json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):  # a broken install: every pattern is read afresh, nothing is lost
        return {}


def required_words(regex: str, behind: bool = True) -> tuple[frozenset[str], ...]:
    """Sets of case-folded strings; every match of ``regex`` holds one string of each set. Empty: no telling.

    ``behind=False``: only words inside the match or after it (a look-behind's words, read before the match's
    start, are left out): what a search from a position inside a text can rely on.
    """
    try:
        tree = _parser.parse(regex.replace(r"\K", ""))
    except re.error:  # a construct only the regex module knows: never skipped
        return ()
    return tuple(_shortest(words) for words in _sequence(list(tree), behind) if min(map(len, words)) >= SHORTEST_USEFUL)


def _shortest(words: set[str]) -> frozenset[str]:
    """The words that hold none of the others: where "fortroligt" is, "fortrolig" is too."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


class PatternGate:
    """Which of a recognizer's patterns a text can match at all, for all its patterns at once.

    The marker grammar has about 760 patterns (branches) and 900 distinct sets of required words, of 7,500 words;
    a text is read once for the words it holds, by their first three letters (each word is at least
    ``SHORTEST_USEFUL`` long; a shorter one is searched for as it is), and each pattern's sets are one bit mask
    checked against the sets held: 0.5 ms of a 1,000-character scan, where asking pattern by pattern took 1.3 ms on
    the thread that shares the GIL with the spaCy pass.
    """

    def __init__(self, required_of_each: list[tuple[frozenset[str], ...]]):
        bit_of_set: dict[frozenset[str], int] = {}
        self._needs = []  # per pattern, the bits of the sets it requires
        for required in required_of_each:
            needs = 0
            for words in required:
                needs |= 1 << bit_of_set.setdefault(words, len(bit_of_set))
            self._needs.append(needs)
        self._sets_of_word: dict[str, int] = {}  # a word: the bits of the sets that hold it
        for words, bit in bit_of_set.items():
            for word in words:
                self._sets_of_word[word] = self._sets_of_word.get(word, 0) | 1 << bit
        self._words_by_start: dict[str, list[str]] = {}
        self._short_words = []
        for word in self._sets_of_word:
            if len(word) < 3:
                self._short_words.append(word)
            else:
                self._words_by_start.setdefault(word[:3], []).append(word)

    def open_to(self, folded_text: str) -> list[bool]:
        """For each pattern, in order, whether the (case-folded) text holds one word of each of its required sets."""
        held = 0
        starts = {folded_text[i : i + 3] for i in range(len(folded_text) - 2)}
        for start in starts.intersection(self._words_by_start):
            for word in self._words_by_start[start]:
                if word in folded_text:
                    held |= self._sets_of_word[word]
        for word in self._short_words:
            if word in folded_text:
                held |= self._sets_of_word[word]
        return [needs & held == needs for needs in self._needs]


class Guarded:
    """A compiled ``re`` pattern that searches only a stretch of text holding its required words.

    The person recognizer asks a few dozen patterns per candidate whether a word before it makes it a pet, a song
    or a group ("hunden der hedder …"), and a few more over the whole text; most texts hold none of their
    words, and a substring test is far cheaper than the engine trying every position. ``search`` and ``finditer``
    are guarded; everything else is the pattern's own. A look-behind's words are not asked for: it reads before the
    stretch.
    """

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        # the smallest set first: most often the one missing
        self.required = tuple(sorted(required_words(pattern.pattern, behind=False), key=len))

    def __getattr__(self, name):
        return getattr(self.pattern, name)

    def _holds_the_words(self, text: str, pos: int, endpos: int) -> bool:
        stretch = text[pos:endpos].casefold()
        return all(any(word in stretch for word in words) for words in self.required)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self.required and not self._holds_the_words(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self.required and not self._holds_the_words(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


def _sequence(items, behind) -> list[set[str]]:
    """Required words of a sequence: each of its fixed runs, and its parts' own requirements."""
    required, run = [], {""}
    for op, arg in items:
        spellings = _spellings(op, arg)
        if spellings is not None and len(run) * len(spellings) <= MOST_SPELLINGS:
            run = {before + after for before in run for after in spellings}
            continue
        required.append(run)
        run = spellings if spellings is not None else {""}
        if spellings is None:
            required += _required(op, arg, behind)
    required.append(run)
    return [words for words in required if words and "" not in words]


def _best(required: list[set[str]]) -> set[str] | None:
    """The rarest of a part's requirements: the one whose shortest word is longest."""
    if not required:
        return None
    return max(required, key=lambda words: (min(map(len, words)), -len(words)))


def _spellings(op, arg) -> set[str] | None:
    """Every string this part matches, if they are few and fixed (case-folded); else ``None``."""
    if op is ops.LITERAL:
        return {chr(arg).casefold()}
    if op in _ZERO_WIDTH:
        return {""}
    if op is ops.IN:
        if all(member_op is ops.LITERAL for member_op, _ in arg):
            return {chr(code).casefold() for _, code in arg}
        return None
    if op is ops.SUBPATTERN:
        return _sequence_spellings(arg[-1])
    if op is ops.BRANCH:
        branches = [_sequence_spellings(branch) for branch in arg[1]]
        if any(branch is None for branch in branches):
            return None
        spelt = set().union(*branches)
        return spelt if len(spelt) <= MOST_SPELLINGS else None
    if op in _REPEATS:
        low, high, body = arg
        if high > 3:
            return None
        once = _sequence_spellings(body)
        if once is None:
            return None
        spelt = {"".join(parts) for count in range(low, high + 1) for parts in itertools.product(once, repeat=count)}
        return spelt if len(spelt) <= MOST_SPELLINGS else None
    return None


def _sequence_spellings(items) -> set[str] | None:
    spelt = {""}
    for op, arg in items:
        spellings = _spellings(op, arg)
        if spellings is None or len(spelt) * len(spellings) > MOST_SPELLINGS:
            return None
        spelt = {before + after for before in spelt for after in spellings}
    return spelt


def _required(op, arg, behind) -> list[set[str]]:
    """Required words of a part that is not a fixed run."""
    if op is ops.SUBPATTERN:
        return _sequence(arg[-1], behind)
    if op is ops.ATOMIC_GROUP:
        return _sequence(arg, behind)
    if op is ops.ASSERT:  # a lookaround that must hold: its words are in the text too (arg[0] < 0: before the match)
        return _sequence(arg[1], behind) if behind or arg[0] > 0 else []
    if op is ops.BRANCH:  # one of the alternatives: each branch's rarest words together
        words = set()
        for branch in arg[1]:
            best = _best(_sequence(branch, behind))
            if best is None:
                return []
            words |= best
        return [words]
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(arg[2], behind)
    return []
