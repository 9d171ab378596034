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
(``words_for``), as parsing them all takes half a second.
"""

import hashlib
import itertools
import json
import re
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


def required_words(regex: str) -> tuple[frozenset[str], ...]:
    """Sets of case-folded strings; every match of ``regex`` holds one string of each set. Empty: no telling."""
    try:
        tree = _parser.parse(regex.replace(r"\K", ""))
    except re.error:  # a construct only the regex module knows: never skipped
        return ()
    return tuple(_shortest(words) for words in _sequence(list(tree)) if min(map(len, words)) >= SHORTEST_USEFUL)


def _shortest(words: set[str]) -> frozenset[str]:
    """The words that hold none of the others: where "fortroligt" is, "fortrolig" is too."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


def may_match(required: tuple[frozenset[str], ...], folded_text: str, seen: dict | None = None) -> bool:
    """Whether a pattern with these required words can match the (case-folded) text at all.

    ``seen`` remembers, for one text, which sets of words it holds: a dozen patterns share the classification
    levels with all their slips, and a text without any of them is searched for those a hundred words once.
    """
    seen = {} if seen is None else seen
    for words in required:
        held = seen.get(words)
        if held is None:
            held = seen[words] = _holds_one(words, folded_text, seen)
        if not held:
            return False
    return True


_TRIGRAMS = "trigrams"  # (the key under which ``seen`` keeps the text's three-letter strings)


def _holds_one(words: frozenset[str], folded_text: str, seen: dict) -> bool:
    """Whether the text holds one of ``words``: only those whose first three letters stand in the text are searched
    for, which a set's intersection finds at once (a scan of a 1,000-character prompt looks for 650 sets of words,
    some of a hundred; each word is at least ``SHORTEST_USEFUL`` letters)."""
    trigrams = seen.get(_TRIGRAMS)
    if trigrams is None:
        trigrams = seen[_TRIGRAMS] = {folded_text[i : i + 3] for i in range(len(folded_text) - 2)}
    by_start = _by_first_letters(words)
    if by_start is None:  # a word shorter than three letters (not in the shipped sets): search for each
        return any(word in folded_text for word in words)
    return any(word in folded_text for start in trigrams.intersection(by_start) for word in by_start[start])


@lru_cache(maxsize=None)
def _by_first_letters(words: frozenset[str]) -> dict[str, tuple[str, ...]] | None:
    if any(len(word) < 3 for word in words):
        return None
    by_start: dict[str, list[str]] = {}
    for word in words:
        by_start.setdefault(word[:3], []).append(word)
    return {start: tuple(found) for start, found in by_start.items()}


def _sequence(items) -> list[set[str]]:
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
            required += _required(op, arg)
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


def _required(op, arg) -> list[set[str]]:
    """Required words of a part that is not a fixed run."""
    if op is ops.SUBPATTERN:
        return _sequence(arg[-1])
    if op is ops.ATOMIC_GROUP:
        return _sequence(arg)
    if op is ops.ASSERT:  # a lookaround that must hold: its words are in the text too
        return _sequence(arg[1])
    if op is ops.BRANCH:  # one of the alternatives: each branch's rarest words together
        words = set()
        for branch in arg[1]:
            best = _best(_sequence(branch))
            if best is None:
                return []
            words |= best
        return [words]
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(arg[2])
    return []
