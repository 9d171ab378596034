"""The recognizers that read only the text run beside the spaCy pass and find what one presidio call finds."""

import json
import threading
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine

from companion.detection.analysis import LANGUAGE, Scanner
from companion.detection.entities import ENTITIES

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "corpus.jsonl"


def corpus_texts(count):
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line)["text"] for line in lines[:count]]


def spans(results):
    return sorted((r.entity_type, r.start, r.end, round(r.score, 9)) for r in results)


@pytest.fixture
def fresh(scanner):
    return Scanner(scanner.pipeline)


def test_the_results_are_those_of_one_presidio_call(fresh):
    options = dict(language=LANGUAGE, entities=list(ENTITIES), score_threshold=0.0)
    texts = corpus_texts(300)
    beside = [spans(fresh.engine.analyze(text=text, **options)) for text in texts]
    one_call = [spans(AnalyzerEngine.analyze(fresh.engine, text=text, **options)) for text in texts]
    assert [i for i, (a, b) in enumerate(zip(beside, one_call)) if a != b] == []
    assert {span[0] for found in beside for span in found} >= {"PERSON", "DK_CPR", "HEALTH_DATA", "CONFIDENTIAL_MARKER"}


def test_only_the_person_recognizer_waits_for_the_pipeline(fresh):
    threads = {}
    for recognizer in fresh.engine.registry.recognizers:
        def recording(*args, _analyze=recognizer.analyze, _name=recognizer.name, **kwargs):
            threads[_name] = threading.current_thread().name
            return _analyze(*args, **kwargs)
        recognizer.analyze = recording
    result = fresh.scan("Borgeren Hanne Hekmatyar, cpr 070761-0913, har en depression. FORTROLIGT.")
    assert {f.entity_type for f in result.findings} >= {"PERSON", "DK_CPR", "HEALTH_DATA", "CONFIDENTIAL_MARKER"}
    assert threads.pop("DkPersonRecognizer") == threading.current_thread().name
    assert set(threads.values()) == {"promptvagt-beside-pipeline_0"}
    assert {"DkCprRecognizer", "DkConfidentialMarkerRecognizer", "DkHealthRecognizer"} <= set(threads)


def test_a_failing_recognizer_beside_the_pipeline_fails_the_scan(fresh):
    marker = next(r for r in fresh.engine.registry.recognizers if r.name == "DkConfidentialMarkerRecognizer")

    def failing(*args, **kwargs):
        raise RuntimeError("mønsteret fejlede")
    marker.analyze = failing
    with pytest.raises(RuntimeError, match="mønsteret fejlede"):
        fresh.scan("Et kort notat om mødet i morgen.")
