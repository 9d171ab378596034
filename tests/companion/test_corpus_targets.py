"""Guard the detection targets of issue #3 on the team's corpus (figures: docs/quality.md)."""

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "corpus.jsonl"


@pytest.fixture(scope="module")
def scanned(scanner):
    cases = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(case, scanner.scan(case["text"]).findings) for case in cases]


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def test_every_cpr_number_is_found(scanned):
    missed = [
        case["id"]
        for case, findings in scanned
        for span in case["spans"]
        if span["entity_type"] == "DK_CPR"
        and not any(f.entity_type == "DK_CPR" and overlaps(f.start, f.end, span["start"], span["end"]) for f in findings)
    ]
    assert missed == []


def test_no_clean_prompt_is_blocked(scanned):
    blocked = [case["id"] for case, findings in scanned if not case["spans"] and any(f.severity == "block" for f in findings)]
    assert blocked == []


@pytest.mark.parametrize("entity, minimum_recall", [("CONFIDENTIAL_MARKER", 0.95), ("PERSON", 0.92)])
def test_recall_targets(scanned, entity, minimum_recall):
    gold = found = 0
    for case, findings in scanned:
        for span in case["spans"]:
            if span["entity_type"] == entity:
                gold += 1
                found += any(f.entity_type == entity and overlaps(f.start, f.end, span["start"], span["end"]) for f in findings)
    assert found / gold >= minimum_recall


def test_a_name_with_a_cpr_number_blocks(scanner):
    result = scanner.scan("Borgeren Hanne Jensen, 070761-0913, har ringet")
    assert {f.entity_type: f.severity for f in result.findings} == {"PERSON": "block", "DK_CPR": "block"}
