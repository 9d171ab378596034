"""A pattern is skipped only for texts it cannot match: the words ``required_words`` reads off its syntax."""

import json
import re
from pathlib import Path

import pytest

from companion.detection.analysis import build_registry
from companion.detection.recognizers import dk_person_recognizer, not_a_person, person_initials
from companion.detection.recognizers.danish_pattern_recognizer import DanishPatternRecognizer
from companion.detection.recognizers.required_words import SHIPPED, Guarded, PatternGate, digest, required_words, words_for

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
    assert PatternGate([()]).open_to("") == [True]


def test_required_words_with_several_spellings_need_one():
    gate = PatternGate([required_words(r"\bfort(?:æ|ae)l\s+det\s+ikke")])
    assert gate.open_to("du må ikke fortaelle det til nogen".casefold()) == [True]
    assert gate.open_to("du må ikke sige det til nogen".casefold()) == [False]


def test_the_gate_asks_each_pattern_for_all_its_sets():
    """Sets shared between patterns, a set required twice, words shorter than three letters and a word at the
    text's very end."""
    fortrolig, til, short = frozenset({"fortrolig", "confidential"}), frozenset({"til"}), frozenset({"ok"})
    gate = PatternGate([(fortrolig, til), (til, til), (), (short,), (fortrolig,)])
    assert gate.open_to("kun til dig") == [False, True, True, False, False]
    assert gate.open_to("ok, confidential") == [False, False, True, True, True]
    assert gate.open_to("fortrolig til") == [True, True, True, False, True]


def _eval_texts(*names):
    return [json.loads(line)["text"] for name in names
            for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_guarded_pattern_skips_a_stretch_without_its_words():
    animal = Guarded(re.compile(r"\b(?:hund|kat)(?:en)?\s+hedder\s+$", re.IGNORECASE))
    text = "Vores hund Hedder Bamse, og katten hedder Frida"
    assert animal.search(text, 0, text.index("Bamse")).span() == (6, 18)  # case-folded: "Hedder" holds "hedder"
    assert animal.search(text, 0, text.index("Frida")) is None
    assert animal.search("Hunden sover", 0, 6) is None and not animal.required[0] <= {"sover"}
    assert [m.span() for m in animal.finditer("hunden hedder ")] == [(0, 14)]
    assert list(animal.finditer("ingen dyr her")) == []
    assert animal.flags & re.IGNORECASE  # everything else is the pattern's own
    # a look-behind reads before the stretch: its words are not asked for
    assert Guarded(re.compile(r"(?<=hedder )Bamse")).required == (frozenset({"bamse"}),)
    assert Guarded(re.compile(r"(?<=hedder )Bamse")).search("Hunden hedder Bamse", 14).span() == (14, 19)


def test_guarded_person_patterns_find_what_they_found_unguarded():
    """Every guarded pattern of the person recognizer, over the team's corpus and held-out set, in the stretches the
    recognizer searches (the 60 characters before each capitalised word, and whole texts): the same matches. (Also
    over read blind sets, whose pets, songs and things named after people are many.)"""
    guarded = [pattern for module in (dk_person_recognizer, not_a_person, person_initials) for pattern in vars(module).values()
               if isinstance(pattern, Guarded)]
    assert len(guarded) >= 30
    read_blind_sets = [f"blind-2026-12{code}.jsonl" for code in ("st", "su", "sw", "sx", "sz", "ta")]
    compared = found = 0
    for text in _eval_texts("corpus.jsonl", "holdout.jsonl", *read_blind_sets):
        stretches = [(0, len(text))] + [(max(0, m.start() - 60), m.start()) for m in re.finditer(r"\b[A-ZÆØÅ]", text)]
        for pattern in guarded:
            for a, b in stretches:
                expected = pattern.pattern.search(text, a, b)
                got = pattern.search(text, a, b)
                assert (got and got.span()) == (expected and expected.span()), (pattern.pattern.pattern[:60], a, b)
                compared += 1
                found += expected is not None
    assert compared > 200_000 and found > 100


def test_a_text_a_pattern_matches_always_holds_its_required_words():
    """Every pattern of every Danish recognizer, over the team's corpus and held-out set: no match is skipped."""
    texts = _eval_texts("corpus.jsonl", "holdout.jsonl")
    recognizers = [r for r in build_registry().recognizers if isinstance(r, DanishPatternRecognizer)]
    checked = skippable = 0
    for recognizer in recognizers:
        for pattern in recognizer.patterns:
            skippable += bool(pattern.required)
            for text in texts:
                if pattern.compiled_regex.search(text):
                    checked += 1
                    assert PatternGate([pattern.required]).open_to(text.casefold()) == [True], (recognizer.name, pattern.name)
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
