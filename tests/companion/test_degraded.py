"""Without any Danish spaCy pipeline the companion still guards, and says so."""

import pytest

from companion import create_app
from companion.analysis import Scanner
from companion.nlp import load_pipeline


@pytest.fixture(scope="module")
def degraded_client():
    scanner = Scanner(load_pipeline(["no_such_model_da"]))
    return create_app({"TESTING": True}, scanner=scanner).test_client()


def test_health_says_degraded_with_reason(degraded_client):
    data = degraded_client.get("/health").get_json()
    assert data["status"] == "degraded"
    assert "no_such_model_da" in data["reason"]
    assert data["model"] is None


def test_rules_still_block_a_cpr(degraded_client):
    data = degraded_client.post("/api/v1/scan", json={"text": "cpr 070761-0913"}).get_json()
    assert data["verdict"] == "block"
