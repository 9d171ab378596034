"""Long texts are scanned per paragraph chunk, cached, and still judged as one text (issue #7)."""

import random
import time

import pytest
from presidio_analyzer import RecognizerResult

from companion.detection import scan_cache
from companion.detection.analysis import LANGUAGE, Scanner, _most_specific, _without_overlaps
from companion.detection.entities import ENTITIES

# Neutral paragraphs between the ones that matter, each different (all made up).
FILLER = (
    "Afsnit {n}: Kommunen har ansvar for at planlægge indsatsen på området, og udvalget drøfter "
    "budgettet for {n}. kvartal på det næste møde. Forvaltningen udarbejder et notat om de økonomiske "
    "konsekvenser, som sendes i høring hos de relevante parter inden fristen."
)


def long_text(*paragraphs_at: tuple[int, str], count: int = 60) -> str:
    """``count`` paragraphs of filler with the given paragraphs put in at their positions."""
    paragraphs = [FILLER.format(n=n) for n in range(count)]
    for position, paragraph in paragraphs_at:
        paragraphs[position] = paragraph
    return "\n\n".join(paragraphs)


# A name, a CPR number and health data in paragraphs far apart: only the whole
# text makes the health term about a person, the name block and "Hekmatyar"
# alone (no name list knows it) a name.
SPREAD = long_text(
    (2, "Borgeren Hanne Hekmatyar, cpr 070761-0913, har søgt om hjælp til rengøring."),
    (30, "Hekmatyar fortæller, at hun har haft en depression i flere år."),
    (55, "Ring til hende på 28 91 44 02, hvis der er spørgsmål til sagen."),
)


def findings(result):
    return [(f.entity_type, f.start, f.end, f.severity, round(f.score, 2)) for f in result.findings]


@pytest.fixture
def fresh(scanner):
    """A scanner with an empty cache; ``fresh.chunks.analyzed_chunks`` counts the chunks it analyses."""
    return Scanner(scanner.pipeline)


@pytest.fixture
def whole_text(scanner):
    """A scanner that analyses the whole text at once, as before chunks existed."""
    whole = Scanner(scanner.pipeline)
    whole.chunks.analyze = lambda text: whole.engine.analyze(
        text=text, language=LANGUAGE, entities=list(ENTITIES), score_threshold=0.0
    )
    return whole


# -- chunks ---------------------------------------------------------------------------------


def test_chunks_cover_the_text_in_order():
    chunks = scan_cache.split_chunks(SPREAD)
    assert len(chunks) > 3
    assert "".join(chunk for _, chunk in chunks) == SPREAD
    assert all(SPREAD[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    assert all(len(chunk) <= scan_cache.MAX_CHARS for _, chunk in chunks)
    # Every chunk but the last ends at a paragraph break.
    assert all(chunk.endswith("\n\n") for _, chunk in chunks[:-1])


def test_a_prompt_is_one_chunk():
    text = long_text(count=10)
    assert len(text) <= scan_cache.SINGLE_CHUNK_CHARS
    assert scan_cache.split_chunks(text) == [(0, text)]


def test_a_long_paragraph_is_cut_at_line_breaks_then_sentences():
    lines = "\n".join(FILLER.format(n=n) for n in range(40))
    sentences = " ".join(FILLER.format(n=n) for n in range(40))
    for text in (lines, sentences):
        chunks = scan_cache.split_chunks(text)
        assert "".join(chunk for _, chunk in chunks) == text
        assert all(len(chunk) <= scan_cache.MAX_CHARS for _, chunk in chunks)
    assert all(chunk.endswith("\n") for _, chunk in scan_cache.split_chunks(lines)[:-1])
    assert all(chunk.endswith(". ") for _, chunk in scan_cache.split_chunks(sentences)[:-1])


def test_a_lone_surrogate_does_not_break_chunking():
    """JSON can carry half an emoji ("\\ud83d"); cutting and hashing must not fail on it."""
    text = SPREAD.replace("Afsnit 9:", "Afsnit \ud83d 9:")
    assert "".join(chunk for _, chunk in scan_cache.split_chunks(text)) == text
    assert scan_cache._digest(text)


def test_an_edit_moves_no_later_boundary():
    """Boundaries depend on the paragraphs, not on their offsets: later chunks stay the same."""
    before = scan_cache.split_chunks(SPREAD)
    # This edit even makes its paragraph end a chunk: the first chunk splits in two.
    edited = SPREAD.replace("Afsnit 3:", "Afsnit tre, rettet:")
    after = scan_cache.split_chunks(edited)
    later = len(before) - 1
    shift = len(edited) - len(SPREAD)
    assert [c for _, c in before[1:]] == [c for _, c in after[-later:]]
    assert [o + shift for o, _ in before[1:]] == [o for o, _ in after[-later:]]


# -- same findings --------------------------------------------------------------------------


def test_chunked_scan_finds_what_a_whole_text_scan_finds(fresh, whole_text):
    chunked, whole = fresh.scan(SPREAD), whole_text.scan(SPREAD)
    assert findings(chunked) == findings(whole)
    kinds = {(f.entity_type, SPREAD[f.start : f.end], f.severity) for f in chunked.findings}
    # Whole-text rules across chunks: _relate, _escalate and repeated name parts.
    assert ("HEALTH_DATA", "depression", "block") in kinds
    assert ("PERSON", "Hanne Hekmatyar", "block") in kinds
    assert ("PERSON", "Hekmatyar", "block") in kinds
    assert chunked.verdict == "block"


def test_a_repeated_name_part_inside_a_firm_stays_the_firm_across_chunks(fresh, whole_text):
    # The name in one chunk, the firm built from it chunks away: the repeat over the whole text keeps the
    # recognizer's rule that a part of a name inside a firm's name is the firm.
    text = long_text(
        (3, "Køber er Lars Tranberg, som har ringet om grunden ved Holmsvej."),
        (40, "Handlen sker via selskabet Tranberg Ejendomme ApS, som betaler i marts."),
    )
    chunked = fresh.scan(text)
    assert findings(chunked) == findings(whole_text.scan(text))
    people = [text[f.start : f.end] for f in chunked.findings if f.entity_type == "PERSON"]
    assert people == ["Lars Tranberg"]


def test_cached_rescan_returns_identical_findings(fresh):
    cold = fresh.scan(SPREAD)
    analyzed = fresh.chunks.analyzed_chunks
    warm = fresh.scan(SPREAD)
    assert fresh.chunks.analyzed_chunks == analyzed  # nothing analysed again
    assert findings(warm) == findings(cold)
    assert warm.verdict == cold.verdict


def test_a_cached_chunk_is_judged_by_its_new_neighbours(fresh, whole_text):
    """The health paragraph alone is not about a named person; with the name it is."""
    alone = long_text((30, "Hekmatyar fortæller, at hun har haft en depression i flere år."))
    fresh.scan(SPREAD)
    for text in (alone, SPREAD):
        assert findings(fresh.scan(text)) == findings(whole_text.scan(text))


def test_results_from_the_cache_are_copies(fresh):
    first = fresh.chunks.analyze(SPREAD)
    for result in first:
        result.score = 99.0
        result.start += 1
    again = fresh.chunks.analyze(SPREAD)
    assert all(result.score != 99.0 for result in again)
    assert [(r.start, r.end) for r in again] == [(r.start - 1, r.end) for r in first]


# -- cost in proportion to the change -------------------------------------------------------


def test_a_one_paragraph_edit_rescans_one_chunk(fresh, whole_text):
    fresh.scan(SPREAD)
    chunks = len(scan_cache.split_chunks(SPREAD))
    assert fresh.chunks.analyzed_chunks == chunks

    def analyzed_by(text):
        before = fresh.chunks.analyzed_chunks
        result = fresh.scan(text)
        return fresh.chunks.analyzed_chunks - before, result

    edited = SPREAD.replace("har søgt om hjælp til rengøring", "har søgt om hjælp til indkøb og rengøring")
    analyzed, result = analyzed_by(edited)
    assert analyzed == 1
    assert findings(result) == findings(whole_text.scan(edited))
    assert analyzed_by(edited + " Tak.")[0] == 1  # typing at the end
    assert analyzed_by(edited)[0] == 0


def test_rescan_after_an_edit_costs_a_fraction_of_a_cold_scan(fresh):
    """A regression guard on a ratio measured in one run, never on wall-clock time."""

    def best_of_three(make_text):
        times = []
        for attempt in range(3):
            text = make_text(attempt)
            started = time.perf_counter()
            fresh.scan(text)
            times.append(time.perf_counter() - started)
        return min(times)

    variants = [long_text((10, f"Variant {attempt}: {FILLER}"), count=200) for attempt in range(3)]
    cold = best_of_three(lambda attempt: variants[attempt].replace("Afsnit", f"Afsnit ({attempt})"))
    warm = best_of_three(lambda attempt: variants[0].replace("Afsnit", "Afsnit (0)") + f" Rettelse {attempt}.")
    assert warm < cold / 2


def test_the_cache_is_bounded_and_holds_no_text(scanner):
    bounded = Scanner(scanner.pipeline)
    bounded.chunks.cache.entries = 4
    bounded.scan(SPREAD)
    assert len(bounded.chunks.cache) == 4
    stored = repr(list(bounded.chunks.cache._items.items()))
    for secret in ("Hekmatyar", "070761-0913", "depression", "28 91 44 02"):
        assert secret not in stored


# -- overlaps -------------------------------------------------------------------------------


def _quadratic_without_overlaps(results):
    """The rule as first written (before #7): compare each candidate with every kept span."""
    ranked = sorted(results, key=lambda r: (ENTITIES[r.entity_type].specificity, r.score, r.end - r.start), reverse=True)
    kept = []
    for result in ranked:
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return kept


def test_overlap_rule_keeps_what_it_kept_before():
    rng = random.Random(7)
    for _ in range(3000):
        results = []
        for _ in range(rng.randrange(12)):
            start = rng.randrange(30)
            end = start + rng.choice([0, 1, 2, 3, 5, 8])
            results.append(RecognizerResult(rng.choice(sorted(ENTITIES)), start, end, rng.choice([0.3, 0.5, 0.85])))
        expected = [(r.entity_type, r.start, r.end, r.score) for r in _quadratic_without_overlaps(results)]
        assert [(r.entity_type, r.start, r.end, r.score) for r in _most_specific(results)] == expected


def test_a_marking_stands_beside_the_values_inside_it():
    marking = RecognizerResult("CONFIDENTIAL_MARKER", 0, 40, 0.75)
    name = RecognizerResult("PERSON", 0, 15, 0.85)
    shorter_marking = RecognizerResult("CONFIDENTIAL_MARKER", 20, 30, 0.6)
    kept = {(r.entity_type, r.start, r.end) for r in _without_overlaps([marking, name, shorter_marking])}
    assert kept == {("CONFIDENTIAL_MARKER", 0, 40), ("PERSON", 0, 15)}


def test_a_word_that_is_the_marking_itself_is_no_value_too():
    level = RecognizerResult("CONFIDENTIAL_MARKER", 10, 13, 0.75)  # "Høj" in a column "Fortrolighed"
    surname = RecognizerResult("PERSON", 10, 13, 0.85)
    assert [(r.entity_type, r.start, r.end) for r in _without_overlaps([level, surname])] == [("CONFIDENTIAL_MARKER", 10, 13)]
