"""The Danish patterns are compiled once, with the flags they are matched with."""

import pytest

from companion.detection.analysis import build_registry
from companion.detection.recognizers.danish_pattern_recognizer import (
    MATCH_FLAGS, DanishPatternRecognizer, Pattern, top_level_alternatives)


def danish_recognizers():
    return [r for r in build_registry().recognizers if isinstance(r, DanishPatternRecognizer)]


def test_every_pattern_is_matched_as_it_was_compiled():
    recognizers = danish_recognizers()
    assert recognizers
    for recognizer in recognizers:
        compiled = [pattern.compiled_regex for pattern in recognizer.patterns]
        recognizer.analyze("Fortroligt: Jens Hansen, 010203-1234, tlf. 20 30 40 50", recognizer.supported_entities)
        assert recognizer.global_regex_flags == MATCH_FLAGS
        # presidio recompiles a pattern whose flags differ from its matching flags: none was.
        assert [pattern.compiled_regex for pattern in recognizer.patterns] == compiled
        assert all(pattern.compiled_with_flags == MATCH_FLAGS for pattern in recognizer.patterns)


def test_patterns_match_in_any_case_and_across_lines():
    pattern = Pattern("test", r"^fortrolig.notat$", 0.5)
    assert pattern.compiled_regex.search("Indledning\nFORTROLIG\nNOTAT")


@pytest.mark.parametrize(("regex", "score", "message"), [
    (r"(fortrolig", 0.5, "Invalid regex pattern broken"),
    (r"fortrolig", 1.5, "Invalid score 1.5 for pattern broken"),
])
def test_a_broken_pattern_is_refused_with_its_name(regex, score, message):
    with pytest.raises(ValueError, match=message):
        Pattern("broken", regex, score).compile()  # (a recognizer compiles its patterns when it is built)


@pytest.mark.parametrize(("regex", "branches"), [
    (r"a|b(c|d)", ["a", "b(c|d)"]),
    (r"x(?:a|b)y", [r"x(?:a|b)y"]),  # a group's branches stay together
    (r"[(|]a|\|b", [r"[(|]a", r"\|b"]),  # a class's or an escaped bar is no branch
    (r"(?<=a|b)c|d", [r"(?<=a|b)c", "d"]),
])
def test_a_pattern_is_the_union_of_its_outermost_branches(regex, branches):
    assert top_level_alternatives(regex) == branches


def test_a_recognizer_matches_each_branch_on_its_own_with_the_patterns_name_and_score():
    recognizer = DanishPatternRecognizer(patterns=[Pattern("level", r"\bfortroligt\b|\bhemmeligt\b", 0.6)],
                                         supported_entity="CONFIDENTIAL_MARKER")
    assert [p.name for p in recognizer.patterns] == ["level, branch 1", "level, branch 2"]
    results = recognizer.analyze("Fortroligt og hemmeligt", ["CONFIDENTIAL_MARKER"])
    assert [(r.start, r.end, r.score) for r in results] == [(0, 10, 0.6), (14, 23, 0.6)]


def test_a_pattern_is_compiled_when_a_text_first_holds_its_words():
    recognizer = DanishPatternRecognizer(patterns=[Pattern("level", r"\bfortroligt\b", 0.6)],
                                         supported_entity="CONFIDENTIAL_MARKER")
    pattern = recognizer.patterns[0]
    recognizer.analyze("Et helt almindeligt notat", ["CONFIDENTIAL_MARKER"])
    assert "compiled_regex" not in pattern.__dict__  # built and used, never compiled: start-up pays nothing
    assert recognizer.analyze("FORTROLIGT notat", ["CONFIDENTIAL_MARKER"])
    assert "compiled_regex" in pattern.__dict__


def test_recognizers_built_from_one_pattern_share_its_branches():
    pattern = Pattern("level", r"\bfortroligt\b|\bhemmeligt\b", 0.6)
    first, second = (DanishPatternRecognizer(patterns=[pattern], supported_entity="CONFIDENTIAL_MARKER")
                     for _ in range(2))
    assert all(a is b for a, b in zip(first.patterns, second.patterns, strict=True))


def test_the_scanners_warm_up_compiles_every_pattern(scanner):
    scanner.warm_up.join(timeout=120)
    assert not scanner.warm_up.is_alive()
    for recognizer in danish_recognizers():
        assert all("compiled_regex" in pattern.__dict__ for pattern in recognizer.patterns), recognizer.name
