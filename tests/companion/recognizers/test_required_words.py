"""A pattern is skipped only for texts it cannot match: the words ``required_words`` reads off its syntax."""

import json
from pathlib import Path

import pytest

from companion.detection.analysis import build_registry
from companion.detection.recognizers.danish_pattern_recognizer import DanishPatternRecognizer
from companion.detection.recognizers.required_words import SHIPPED, digest, may_match, required_words, words_for

EVAL = Path(__file__).resolve().parents[3] / "eval"


@pytest.mark.parametrize(("regex", "required"), [
    # a run of fixed letters, spelt out and case-folded; a word that holds another adds nothing
    (r"\bFORTROL(?:IG|IGT)\b", [{"fortrolig"}]),
    # a sequence needs each of its words (of three letters or more: "må" is in every other prompt)
    (r"\bmå\s+ikke\s+(?:deles|videregives)", [{"ikke"}, {"deles", "videregives"}]),
    # alternatives need one of their own words each
    (r"\b(?:strengt\s+fortroligt|yderst\s+hemmeligt)", [{"fortroligt", "hemmeligt"}]),
    # a lookahead that must hold is part of the text too; one that must not hold requires nothing
    (r"\bembargo(?=\s+until)(?!\s+lifted)", [{"embargo"}, {"until"}]),
    # the regex module's \K only moves the match's start
    (r"internt\s*–\s*\Kikke\s+til\s+pressen", [{"internt"}, {"ikke"}, {"til"}, {"pressen"}]),
    # an optional letter: the word without it
    (r"\bpå\s+tavlen?", [{"tavle"}]),
])
def test_required_words_are_read_off_the_syntax(regex, required):
    assert [set(words) for words in required_words(regex)] == required


@pytest.mark.parametrize("regex", [
    r"(?:fortrolig)?\s*\d{6}",  # an optional word requires nothing
    r"\b(?:fortrolig|\d{6})",  # nor does an alternative without words of its own
    r"\b(?:på|op)\s+\d+",  # words too short to tell texts apart
    r"[\w-]+(?:en|et)\s+\d+",  # nothing but classes
])
def test_a_pattern_without_telling_words_is_never_skipped(regex):
    assert required_words(regex) == ()
    assert may_match((), "")


def test_required_words_with_several_spellings_need_one():
    required = required_words(r"\bfort(?:æ|ae)l\s+det\s+ikke")
    assert may_match(required, "du må ikke fortaelle det til nogen".casefold())
    assert not may_match(required, "du må ikke sige det til nogen".casefold())


def test_a_text_a_pattern_matches_always_holds_its_required_words():
    """Every pattern of every Danish recognizer, over the team's corpus and held-out set: no match is skipped."""
    texts = [json.loads(line)["text"] for name in ("corpus.jsonl", "holdout.jsonl")
             for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    recognizers = [r for r in build_registry().recognizers if isinstance(r, DanishPatternRecognizer)]
    checked = skippable = 0
    for recognizer in recognizers:
        for pattern in recognizer.patterns:
            skippable += bool(pattern.required)
            for text in texts:
                if pattern.compiled_regex.search(text):
                    checked += 1
                    assert may_match(pattern.required, text.casefold()), (recognizer.name, pattern.name)
    assert skippable >= 60  # most of the marker grammar can be skipped at all
    assert checked >= 400


def test_the_shipped_table_of_required_words_is_current():
    """The companion reads the words off a table at start-up; rebuild it after changing a pattern."""
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    recognizers = [r for r in build_registry().recognizers if isinstance(r, DanishPatternRecognizer)]
    stale = [pattern.name for r in recognizers for pattern in r.patterns
             if shipped.get(digest(pattern.regex)) != [sorted(words) for words in required_words(pattern.regex)]]
    assert not stale, f"run .venv/bin/python tools/build_required_words.py (changed: {stale[:3]})"
    assert all(pattern.required == words_for(pattern.regex) for r in recognizers for pattern in r.patterns)
