import pytest

from companion.detection.analysis import SCORE_THRESHOLD


@pytest.fixture(scope="module")
def found():
    """found(recognizer, text, entity) -> reported substrings, as the engine would report them."""

    def run(recognizer, text, entity):
        results = recognizer.analyze(text, [entity])
        return [text[r.start : r.end] for r in results if r.score >= SCORE_THRESHOLD]

    return run
