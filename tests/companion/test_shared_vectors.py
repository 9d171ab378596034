"""The companion and the extension's built-in detector read the same CPR vectors."""

import json
from pathlib import Path

import pytest

VECTORS = json.loads((Path(__file__).parent.parent / "vectors" / "cpr.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: case["text"])
def test_cpr_vector(scanner, case):
    result = scanner.scan(case["text"]).to_dict(case["text"])
    found = [[f["start"], f["end"]] for f in result["findings"] if f["entity_type"] == "DK_CPR"]
    assert found == case["spans"]
