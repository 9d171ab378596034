"""The companion and the extension's built-in detector read the same test vectors."""

import json
from pathlib import Path

import pytest

VECTORS = Path(__file__).parent.parent / "vectors"
CPR = json.loads((VECTORS / "cpr.json").read_text(encoding="utf-8"))["cases"]
MARKERS = json.loads((VECTORS / "markers.json").read_text(encoding="utf-8"))["cases"]


def found(scanner, text, entity):
    result = scanner.scan(text).to_dict(text)
    return [[f["start"], f["end"]] for f in result["findings"] if f["entity_type"] == entity]


@pytest.mark.parametrize("case", CPR, ids=lambda case: case["text"])
def test_cpr_vector(scanner, case):
    assert found(scanner, case["text"], "DK_CPR") == case["spans"]


@pytest.mark.parametrize("case", MARKERS, ids=lambda case: case["text"])
def test_marker_vector(scanner, case):
    spans = found(scanner, case["text"], "CONFIDENTIAL_MARKER")
    overlaps = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
    assert all(any(overlaps(s, e) for s in spans) for e in case["spans"]), "a marking was missed"
    assert all(any(overlaps(s, e) for e in case["spans"]) for s in spans), "a marking was found where none is"
